package org.candour.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The end of a service log, to show why a service failed without making anyone open the file. */
final class LogTail {

    // Logs are appended across runs and can grow large; the last lines are near the end.
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {}

    static List<String> lastLines(Path file, int count) {
        try (InputStream in = Files.newInputStream(file)) {
            long skipped = Math.max(0, Files.size(file) - MAX_BYTES);
            in.skipNBytes(skipped);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            // After a skip the first line is most likely cut.
            int first = skipped > 0 ? Math.min(1, lines.size()) : 0;
            return lines.subList(Math.max(first, lines.size() - count), lines.size());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
