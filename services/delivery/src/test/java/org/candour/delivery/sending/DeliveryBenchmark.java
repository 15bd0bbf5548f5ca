package org.candour.delivery.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.delivery.endpoint.ManageEndpoints;
import org.candour.delivery.sending.WebhookReceiver.Answer;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures sending: the time from publishing {@code CaseRoutedV1} to the receiver holding the signed
 * webhook (p50, p99), with cases published at a steady rate, and deliveries a second to local
 * receivers for a burst. The production settings except that http to loopback is allowed and the
 * summary is not awaited (no concern is raised here, so every first attempt would otherwise wait
 * {@code summary-wait}). Not part of the test run (its name matches no test pattern); run it with
 * {@code ./mvnw -o -am -pl services/delivery verify -Dtest=none -Dit.test=DeliveryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 *
 * <p>Optional: {@code -Dcandour.benchmark.paced=300} (cases at the steady rate),
 * {@code .rate=20} (cases a second), {@code .burst=1000} (cases published at once),
 * {@code .endpoints=4} (endpoints of the body in the burst, each its own receiver).
 */
@SpringBootTest(
        properties = {
            "candour.delivery.allow-http=true",
            "candour.delivery.allow-list=127.0.0.1",
            "candour.delivery.sending.summary-wait=0s",
        })
@DirtiesContext
class DeliveryBenchmark {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([0-9a-f-]{36})\"");

    @Autowired
    ManageEndpoints manageEndpoints;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("delivery_benchmark", registry);
    }

    @Test
    void measure() throws Exception {
        int paced = Integer.getInteger("candour.benchmark.paced", 300);
        int rate = Integer.getInteger("candour.benchmark.rate", 20);
        int burst = Integer.getInteger("candour.benchmark.burst", 1000);
        int endpoints = Integer.getInteger("candour.benchmark.endpoints", 4);
        jdbc.sql("update endpoint set status = 'DISABLED', status_reason = 'an earlier run'")
                .update();

        Map<UUID, Instant> received = new ConcurrentHashMap<>();
        try (WebhookReceiver receiver = WebhookReceiver.answeringEach(request -> {
            received.putIfAbsent(caseId(request.body()), request.at());
            return Answer.ok();
        })) {
            manageEndpoints.register("CQC", receiver.url(), List.of("case.routed"), "benchmark", null);

            // Warm-up: the consumer joins its group and the code paths are compiled.
            Map<UUID, Instant> warmUp = publish(Destination.CQC, 50, 50);
            await().atMost(Duration.ofMinutes(2)).until(() -> received.keySet().containsAll(warmUp.keySet()));

            Map<UUID, Instant> published = publish(Destination.CQC, paced, rate);
            await().atMost(Duration.ofMinutes(5)).until(() -> received.keySet().containsAll(published.keySet()));
            List<Long> latencies = new ArrayList<>();
            published.forEach((caseId, at) ->
                    latencies.add(Duration.between(at, received.get(caseId)).toMillis()));
            Collections.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK paced: %d cases at %d/s to 1 endpoint; publish to receipt p50 %d ms, p99 %d ms, max %d ms%n",
                    paced,
                    rate,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.99),
                    latencies.getLast());
        }

        jdbc.sql("update endpoint set status = 'DISABLED', status_reason = 'paced run done'")
                .update();
        Map<String, Instant> deliveredAt = new ConcurrentHashMap<>();
        List<WebhookReceiver> receivers = new ArrayList<>();
        try {
            for (int i = 0; i < endpoints; i++) {
                int endpoint = i;
                WebhookReceiver receiver = WebhookReceiver.answeringEach(request -> {
                    deliveredAt.putIfAbsent(endpoint + "/" + caseId(request.body()), request.at());
                    return Answer.ok();
                });
                receivers.add(receiver);
                manageEndpoints.register("GMC", receiver.url(), List.of("case.routed"), "benchmark " + i, null);
            }
            Instant start = Instant.now();
            // The test publisher waits for each acknowledgement; 16 of them at once make a burst.
            Map<UUID, Instant> published = new ConcurrentHashMap<>();
            try (var publishers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int p = 0; p < 16; p++) {
                    int share = burst / 16 + (p < burst % 16 ? 1 : 0);
                    publishers.submit(() -> {
                        published.putAll(publish(Destination.GMC, share, 0));
                        return null;
                    });
                }
            }
            Instant allPublished = Instant.now();
            int expected = burst * endpoints;
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> deliveredAt.size() >= expected);
            List<Instant> receipts = deliveredAt.values().stream().sorted().toList();
            Instant first = receipts.getFirst();
            Instant last = receipts.getLast();
            double perSecond = expected / (Duration.between(first, last).toMillis() / 1000.0);
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK burst: %d cases to %d endpoints (%d deliveries) published in %d ms; first receipt %d ms"
                            + " after the first publish, last %d ms; %.1f deliveries/s between first and last receipt,"
                            + " %.1f deliveries/s from first publish to last receipt%n",
                    burst,
                    endpoints,
                    expected,
                    Duration.between(start, allPublished).toMillis(),
                    Duration.between(start, first).toMillis(),
                    Duration.between(start, last).toMillis(),
                    perSecond,
                    expected / (Duration.between(start, last).toMillis() / 1000.0));
            assertThat(published).hasSize(burst);
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK attempts recorded: %d, deliveries not DELIVERED: %d%n",
                    jdbc.sql("select count(*) from attempt").query(Long.class).single(),
                    jdbc.sql("select count(*) from delivery where status <> 'DELIVERED'")
                            .query(Long.class)
                            .single());
        } finally {
            receivers.forEach(WebhookReceiver::close);
        }
    }

    /** Publishes cases, at {@code perSecond} (0: as fast as the producer goes), and when each was sent. */
    private static Map<UUID, Instant> publish(Destination body, int cases, int perSecond) throws InterruptedException {
        Map<UUID, Instant> published = new ConcurrentHashMap<>();
        Runnable publishOne = () -> {
            CaseRoutedV1 routed = SendWebhooksIT.routedCase(body, body.name());
            published.put(routed.caseId(), Instant.now());
            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());
        };
        if (perSecond == 0) {
            for (int i = 0; i < cases; i++) {
                publishOne.run();
            }
            return published;
        }
        // A fixed-rate schedule keeps the pace however long each publish takes.
        AtomicInteger started = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(cases);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try {
            pacer.scheduleAtFixedRate(
                    () -> {
                        if (started.getAndIncrement() < cases) {
                            publishOne.run();
                            done.countDown();
                        }
                    },
                    0,
                    1_000_000_000L / perSecond,
                    TimeUnit.NANOSECONDS);
            done.await();
        } finally {
            pacer.shutdownNow();
        }
        return published;
    }

    private static UUID caseId(String body) {
        Matcher matcher = CASE_ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No caseId in " + body);
        }
        return UUID.fromString(matcher.group(1));
    }

    private static long percentile(List<Long> sorted, double share) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1));
    }
}
