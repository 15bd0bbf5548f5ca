package org.candour.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A service running as a child JVM, its output appended to its own log file. */
final class ServiceProcess {

    // Four Spring Boot JVMs share a laptop with the broker and PostgreSQL: small heaps, quick start.
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Service service;
    private final Process process;
    private final Path log;
    private final PidFile pidFile;

    private ServiceProcess(Service service, Process process, Path log, PidFile pidFile) {
        this.service = service;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ServiceProcess launch(Service service, StackHome home, Map<String, String> environment) {
        Path log = home.log(service);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(home.jar(service).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            // The log keeps earlier runs; a marker shows where this one begins.
            Files.writeString(
                    log,
                    "%n===== %s started by the Candour local stack at %s =====%n"
                            .formatted(service.name(), Instant.now()),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Process process = builder.start();
            PidFile pidFile = home.pidFile(service.name());
            pidFile.write(process.pid());
            return new ServiceProcess(service, process, log, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.name(), e);
        }
    }

    Service service() {
        return service;
    }

    Path log() {
        return log;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /**
     * Ctrl-C in a terminal interrupts the whole foreground process group, so the services see it
     * as soon as the launcher does. Their JVMs then exit with 128 + SIGINT.
     */
    boolean wasInterrupted() {
        return !process.isAlive() && process.exitValue() == 130;
    }

    void forgetPid() {
        pidFile.delete();
    }
}
