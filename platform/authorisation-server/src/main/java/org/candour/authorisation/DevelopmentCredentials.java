package org.candour.authorisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes each development client's id and secret, one {@code <client id> <secret>} per line, where a
 * developer (and the end-to-end tests) can read them. Owner-only; never used outside the embedded default.
 */
final class DevelopmentCredentials {

    private DevelopmentCredentials() {}

    static void write(Path file, List<Clients.Credentials> clients) {
        String lines = clients.stream()
                .map(client -> client.clientId() + " " + client.secret())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.writeString(
                    file.resolveSibling(file.getFileName() + ".tmp"), lines, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays under the user's own profile.
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development clients' credentials to " + file, e);
        }
    }
}
