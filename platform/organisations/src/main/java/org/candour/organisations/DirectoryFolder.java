package org.candour.organisations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A folder where an operator puts newer {@code icbs.csv} and {@code trust-icb.csv} files, or instead an
 * export in the NHS ODS ORD API's shape ({@code ods-organisations.json}), and the live directory they
 * feed. {@link #refresh} reads the files again when their bytes changed and swaps them
 * in; files that do not make a valid directory are refused and the directory in use stays as it was.
 */
public final class DirectoryFolder {

    private final Path folder;
    private final OrganisationDirectory live;
    private String digest;

    /** Reads the folder now; its files must make a valid directory. */
    public DirectoryFolder(Path folder) {
        this.folder = folder;
        this.digest = digest();
        this.live = OrganisationDirectory.fromDirectory(folder);
    }

    /** The directory the services use; the same object for ever, its facts swapped on each refresh. */
    public OrganisationDirectory directory() {
        return live;
    }

    /**
     * Swaps in the folder's files if they changed since last read, and says what that changed.
     *
     * @return empty if the files are as they were; otherwise the new files' digest and each change
     * @throws IllegalArgumentException if the new files do not make a valid directory (nothing changes)
     * @throws UncheckedIOException if they cannot be read (nothing changes)
     */
    public synchronized Optional<Change> refresh() {
        String now = digest();
        if (now.equals(digest)) {
            return Optional.empty();
        }
        OrganisationDirectory newer = OrganisationDirectory.fromDirectory(folder);
        List<String> changes = live.replaceWith(newer);
        digest = now;
        return Optional.of(new Change(now, changes));
    }

    public Path folder() {
        return folder;
    }

    /**
     * The files swapped in.
     *
     * @param digest SHA-256 of {@code icbs.csv} then {@code trust-icb.csv}, or of {@code
     *     ods-organisations.json}, hex
     * @param changes each ICB and trust added, removed or changed, in words; empty if only the layout changed
     */
    public record Change(String digest, List<String> changes) {}

    private String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (OrganisationDirectory.holdsOdsExport(folder)) {
                sha256.update(Files.readAllBytes(folder.resolve(OdsExport.FILE)));
                return HexFormat.of().formatHex(sha256.digest());
            }
            sha256.update(Files.readAllBytes(folder.resolve(OrganisationDirectory.ICBS)));
            sha256.update("\n--\n".getBytes(UTF_8));
            sha256.update(Files.readAllBytes(folder.resolve(OrganisationDirectory.TRUST_ICB)));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation directory in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
