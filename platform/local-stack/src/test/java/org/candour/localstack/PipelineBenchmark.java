package org.candour.localstack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Measures the embedded default as a user meets it: start-up time, intake's answer time, the time
 * from raising a concern to seeing it routed, and each process's resident memory. Not part of the
 * test run (its name matches no test pattern); run it with
 * {@code ./mvnw -pl platform/local-stack verify -Dit.test=PipelineBenchmark} after a build, and
 * record the figures in {@code docs/benchmarks/}.
 */
class PipelineBenchmark {

    private static final int CONCERNS = Integer.getInteger("benchmark.concerns", 300);
    private static final int PER_SECOND = Integer.getInteger("benchmark.rate", 20);

    @TempDir
    Path directory;

    @Test
    void raiseConcernsAtASteadyRateAndMeasureTheirJourney() throws Exception {
        long startNanos = System.nanoTime();
        // One load generator on loopback is one client address: lift intake's per-client limit.
        RunningStack stack =
                RunningStack.start(directory, Map.of("CANDOUR_INTAKE_RATELIMIT_REQUESTSPERMINUTE", "1000000"));
        double startSeconds = (System.nanoTime() - startNanos) / 1e9;
        try {
            // One concern first, so that consumer groups have joined before measuring.
            String warmUp = stack.raise("R0A", "Warm-up: insulin was missed.");
            await().atMost(Duration.ofSeconds(60)).until(() -> stack.timeline(warmUp) != null);

            List<Long> answerMillis = new ArrayList<>();
            Map<String, Instant> raisedAt = new LinkedHashMap<>();
            Map<String, Integer> expectedRoutes = new LinkedHashMap<>();
            long interval = 1_000_000_000L / PER_SECOND;
            long first = System.nanoTime();
            for (int i = 0; i < CONCERNS; i++) {
                // Parks rather than spins: the system under test needs both cores.
                LockSupport.parkNanos(first + i * interval - System.nanoTime());
                long sent = System.nanoTime();
                RunningStack.Receipt receipt = stack.raiseForReceipt(
                        i % 2 == 0 ? "R0A" : "RX7",
                        "Benchmark concern " + i + ": a patient fell on the ward at night and needed extra treatment.");
                answerMillis.add((System.nanoTime() - sent) / 1_000_000);
                raisedAt.put(receipt.reference(), receipt.raisedAt());
                expectedRoutes.put(receipt.reference(), i % 2 == 0 ? 2 : 5);
            }
            double sendSeconds = (System.nanoTime() - first) / 1e9;

            // Latency comes from the services' own timestamps, read once everything is routed, so that
            // measuring does not load the machine being measured.
            List<Long> routedMillis = new ArrayList<>();
            for (Map.Entry<String, Instant> concern : raisedAt.entrySet()) {
                int routes = expectedRoutes.get(concern.getKey());
                JsonNode entries = await().atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> stack.timeline(concern.getKey()), t -> t != null && t.size() == routes + 1);
                Instant lastRouted = Instant.MIN;
                for (JsonNode entry : entries) {
                    Instant at = Instant.parse(entry.get("at").asString());
                    lastRouted = at.isAfter(lastRouted) ? at : lastRouted;
                }
                routedMillis.add(
                        Duration.between(concern.getValue(), lastRouted).toMillis());
            }

            System.out.println();
            System.out.println("== Candour pipeline benchmark ==");
            System.out.printf(
                    "machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.printf("start-up (launcher to all services ready): %.1f s%n", startSeconds);
            System.out.printf(
                    "concerns: %d at %d/s (sent in %.1f s), half to R0A (2 routes), half to RX7 (5 routes)%n",
                    CONCERNS, PER_SECOND, sendSeconds);
            System.out.println("POST /api/v1/concerns answer (ms): " + percentiles(answerMillis));
            System.out.println(
                    "accepted at intake -> last case committed by routing (ms): " + percentiles(routedMillis));
            for (ProcessHandle process : stack.processes()) {
                String name = process.info().commandLine().orElse("?");
                String label =
                        name.contains("candour-") ? name.replaceAll(".*candour-(\\w+)-exec.jar.*", "$1") : "postgres";
                System.out.printf(
                        "resident memory %-15s %s MiB%n",
                        label, RunningStack.residentMiB(process).orElse(-1L));
            }
            System.out.printf(
                    "resident memory %-15s %s MiB%n",
                    "launcher+kafka",
                    RunningStack.residentMiB(
                                    ProcessHandle.of(stack.launcherPid()).orElseThrow())
                            .orElse(-1L));
        } finally {
            stack.signal("INT");
            stack.awaitExit(Duration.ofSeconds(60));
        }
    }

    private static String percentiles(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return "p50 %d · p95 %d · p99 %d · max %d (n=%d)"
                .formatted(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast(), sorted.size());
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
