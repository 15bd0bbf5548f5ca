package org.candour.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets of the local stack, made on first start and kept with its data, so that what was sealed
 * in one run can be opened in the next. A deployment takes its secrets from its own secret store.
 */
final class LocalSecrets {

    private LocalSecrets() {}

    /** Base64 of 32 random bytes, read from {@code file} or written there on first use (owner-only). */
    static String key(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays under the user's own profile.
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local secret " + file, e);
        }
    }
}
