package org.candour.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after a launcher that died without running its shutdown hook (kill -9, the kernel's
 * out-of-memory killer): its services keep running and hold their ports. Their pid files say which processes
 * they were; a process is only stopped if it still looks like ours, because a pid can be reused.
 */
final class StaleProcesses {

    static final String LAUNCHER = "local-stack";

    private static final Logger log = LoggerFactory.getLogger(StaleProcesses.class);
    private static final String MARKER = "candour-";

    private final Path runDirectory;
    private final Duration grace;

    StaleProcesses(Path runDirectory, Duration grace) {
        this.runDirectory = runDirectory;
        this.grace = grace;
    }

    /**
     * Refuses to go on while another launcher is alive (its services are not stale), otherwise stops
     * what the last run left behind and removes every pid file.
     *
     * @return the ids of the processes it stopped
     */
    List<Long> clean() {
        refuseIfAnotherLauncherRuns();
        List<PidFile> pidFiles = pidFiles();
        Map<String, ProcessHandle> stale = new LinkedHashMap<>();
        for (PidFile pidFile : pidFiles) {
            Optional<ProcessHandle> process = pidFile.liveProcess();
            if (process.isPresent() && looksLikeOurs(process.get())) {
                log.warn(
                        "Stopping {} (pid {}), left running by an earlier run",
                        nameOf(pidFile),
                        process.get().pid());
                stale.put(nameOf(pidFile), process.get());
            }
        }
        Processes.stop(stale, grace);
        pidFiles.forEach(PidFile::delete);
        return stale.values().stream().map(ProcessHandle::pid).toList();
    }

    static boolean looksLikeOurs(ProcessHandle process) {
        return process.pid() != ProcessHandle.current().pid()
                && process.info()
                        .commandLine()
                        .filter(line -> line.contains(MARKER))
                        .isPresent();
    }

    private void refuseIfAnotherLauncherRuns() {
        Optional<ProcessHandle> launcher = new PidFile(runDirectory.resolve(LAUNCHER + ".pid"))
                .liveProcess()
                .filter(StaleProcesses::looksLikeOurs);
        if (launcher.isPresent()) {
            long pid = launcher.get().pid();
            throw new StartupFailure("Candour is already running (launcher pid " + pid
                    + "). Stop it with Ctrl-C in its terminal or with `kill " + pid + "`.");
        }
    }

    private List<PidFile> pidFiles() {
        if (!Files.isDirectory(runDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .map(PidFile::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + runDirectory, e);
        }
    }

    private static String nameOf(PidFile pidFile) {
        String file = pidFile.path().getFileName().toString();
        return file.substring(0, file.length() - ".pid".length());
    }
}
