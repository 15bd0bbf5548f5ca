package org.candour.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops processes the way a service expects: a polite SIGTERM first, SIGKILL only for what ignores it. */
final class Processes {

    private static final Logger log = LoggerFactory.getLogger(Processes.class);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private Processes() {}

    /** Stops all of them at once, so that the grace period is spent once, not once per process. */
    static void stop(Map<String, ProcessHandle> processesByName, Duration grace) {
        List<ProcessHandle> alive =
                processesByName.values().stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        awaitExit(alive, grace);
        List<ProcessHandle> stubborn = new ArrayList<>();
        processesByName.forEach((name, process) -> {
            if (process.isAlive()) {
                log.warn("{} (pid {}) did not stop within {} s; killing it", name, process.pid(), grace.toSeconds());
                process.destroyForcibly();
                stubborn.add(process);
            }
        });
        awaitExit(stubborn, AFTER_KILL);
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        if (processes.isEmpty()) {
            return;
        }
        var exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The caller escalates or gives up; what is still alive is visible to it.
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for processes to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
