package org.candour.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A file whose first line is a process id, as the stack and PostgreSQL write them. */
record PidFile(Path path) {

    Optional<Long> read() {
        try {
            List<String> lines = Files.readAllLines(path);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live process the file names, if any; the pid may since belong to an unrelated process. */
    Optional<ProcessHandle> liveProcess() {
        return read().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    void write(long pid) {
        try {
            Files.writeString(path, pid + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
