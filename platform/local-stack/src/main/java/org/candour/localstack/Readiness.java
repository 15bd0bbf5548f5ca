package org.candour.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until every service reports itself ready to take traffic. A service that dies while the
 * others are still starting fails the whole start, with the end of its log as the explanation.
 */
final class Readiness {

    private static final int LOG_LINES = 30;

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    private final Duration timeout;
    private final Duration interval;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    Readiness(Duration timeout, Duration interval) {
        this.timeout = timeout;
        this.interval = interval;
    }

    /** Returns when all are ready; throws {@link StartupFailure} otherwise, or if {@code cancelled} turns true. */
    void await(List<ServiceProcess> services, BooleanSupplier cancelled) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Set<ServiceProcess> pending = new LinkedHashSet<>(services);
        while (true) {
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                ServiceProcess service = iterator.next();
                if (cancelled.getAsBoolean() || service.wasInterrupted()) {
                    throw StartupFailure.interrupted();
                }
                if (!service.isAlive()) {
                    throw new StartupFailure(service.service().name() + " stopped during start-up (exit code "
                            + service.exitValue() + ")." + tail(service));
                }
                if (isReady(service.service())) {
                    iterator.remove();
                    log.info(
                            "{} is ready ({} s)",
                            service.service().name(),
                            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                List<String> names = pending.stream()
                        .map(service -> service.service().name())
                        .toList();
                StringBuilder message = new StringBuilder(
                        "Not ready within " + timeout.toSeconds() + " s: " + String.join(", ", names) + ".");
                pending.forEach(service -> message.append(tail(service)));
                throw new StartupFailure(message.toString());
            }
            Thread.sleep(interval);
        }
    }

    private boolean isReady(Service service) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static String tail(ServiceProcess service) {
        List<String> lines = LogTail.lastLines(service.log(), LOG_LINES);
        if (lines.isEmpty()) {
            return "%n%s is empty.".formatted(service.log());
        }
        return "%nLast %d lines of %s:%n    %s"
                .formatted(lines.size(), service.log(), String.join(System.lineSeparator() + "    ", lines));
    }
}
