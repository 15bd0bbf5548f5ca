package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleProcessesTest {

    private static final Duration GRACE = Duration.ofSeconds(5);

    @TempDir
    Path run;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void leavesAProcessRunningWhosePidWasReusedByAnotherProgram() throws IOException {
        Process unrelated = start("sleep", "60");
        pidFile("intake", unrelated);

        List<Long> stopped = new StaleProcesses(run, GRACE).clean();

        assertThat(stopped).isEmpty();
        assertThat(unrelated.isAlive()).isTrue();
        assertThat(run.resolve("intake.pid")).doesNotExist();
    }

    @Test
    void stopsAServiceLeftRunningByAKilledLauncher() throws IOException {
        Process leftover = start(
                "tail",
                "-f",
                Files.createFile(run.resolve("candour-intake-exec.log")).toString());
        pidFile("intake", leftover);

        List<Long> stopped = new StaleProcesses(run, GRACE).clean();

        assertThat(stopped).containsExactly(leftover.pid());
        await().atMost(GRACE).until(() -> !leftover.isAlive());
        assertThat(run.resolve("intake.pid")).doesNotExist();
    }

    @Test
    void forgetsPidFilesOfProcessesThatAreGoneOrUnreadable() throws IOException {
        Files.writeString(run.resolve("routing.pid"), "not a pid\n");
        Process gone = start("true");
        await().atMost(GRACE).until(() -> !gone.isAlive());
        pidFile("delivery", gone);

        assertThat(new StaleProcesses(run, GRACE).clean()).isEmpty();

        assertThat(run).isEmptyDirectory();
    }

    @Test
    void refusesToTouchTheServicesOfALauncherThatIsStillRunning() throws IOException {
        Process launcher = start(
                "tail",
                "-f",
                Files.createFile(run.resolve("candour-local-stack.log")).toString());
        pidFile(StaleProcesses.LAUNCHER, launcher);
        Process service = start(
                "tail",
                "-f",
                Files.createFile(run.resolve("candour-routing.log")).toString());
        pidFile("routing", service);

        assertThatThrownBy(() -> new StaleProcesses(run, GRACE).clean())
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("already running (launcher pid " + launcher.pid() + ")");

        assertThat(launcher.isAlive()).isTrue();
        assertThat(service.isAlive()).isTrue();
        assertThat(run.resolve("routing.pid")).exists();
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private void pidFile(String name, Process process) {
        new PidFile(run.resolve(name + ".pid")).write(process.pid());
    }
}
