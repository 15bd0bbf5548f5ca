package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path directory;

    @Test
    void returnsTheLastLinesOfALongLog() throws IOException {
        Path log = directory.resolve("intake.log");
        Files.write(
                log, IntStream.rangeClosed(1, 20_000).mapToObj(i -> "line " + i).toList());

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 19998", "line 19999", "line 20000");
    }

    @Test
    void returnsAShortLogWhole() throws IOException {
        Path log = Files.writeString(directory.resolve("routing.log"), "first\nsecond\n");

        assertThat(LogTail.lastLines(log, 30)).containsExactly("first", "second");
    }

    @Test
    void returnsNothingForALogThatWasNeverWritten() {
        assertThat(LogTail.lastLines(directory.resolve("delivery.log"), 30)).isEmpty();
    }
}
