package org.candour.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.candour.events.CaseRoutedV1;
import org.candour.events.CloudEventHeaders;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several instances of a service relay the same outbox side by side: every event must still be
 * published exactly once. Two relays here stand for two replicas; the application's own relay is
 * stopped so that only they run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboxRelayConcurrencyIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final int EVENTS = 600;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay applicationRelay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KafkaTemplate<byte[], byte[]> candourKafkaTemplate;

    @Autowired
    MessagingProperties properties;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("messaging_relay_it", registry);
    }

    @Test
    void twoRelaysOverOneOutboxPublishEveryEventExactlyOnce() throws Exception {
        applicationRelay.stop();
        String topic = EventType.CASE_ROUTED_V1.topic();
        UUID concern = UUID.randomUUID();
        transaction.executeWithoutResult(status -> IntStream.range(0, EVENTS)
                .forEach(i -> outbox.append(EventType.CASE_ROUTED_V1, concern, "case-" + i, routedCase(concern, i))));
        OutboxRelay first = replica();
        OutboxRelay second = replica();

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<Integer>> published;
        try {
            published = replicas.invokeAll(List.of(drain(first), drain(second)));
        } finally {
            replicas.shutdown();
            applicationRelay.start();
        }

        int firstCount = published.get(0).get();
        int secondCount = published.get(1).get();
        assertThat(firstCount + secondCount).isEqualTo(EVENTS);
        assertThat(first.pending()).isZero();
        try (TopicProbe probe = TopicProbe.on(infrastructure.kafkaBootstrapServers(), topic)) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(probe.recordsWithKey(concern.toString())).hasSize(EVENTS));
            Map<String, Long> copiesPerEvent = probe.recordsWithKey(concern.toString()).stream()
                    .map(record -> TopicProbe.header(record, CloudEventHeaders.ID))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copiesPerEvent)
                    .hasSize(EVENTS)
                    .allSatisfy((id, copies) -> assertThat(copies).isOne());
        }
        System.out.printf("Two relays shared %d events: %d and %d%n", EVENTS, firstCount, secondCount);
    }

    private OutboxRelay replica() {
        MessagingProperties.Relay small =
                new MessagingProperties.Relay(Duration.ofMillis(50), 20, Duration.ofSeconds(10), Duration.ofSeconds(1));
        return new OutboxRelay(jdbc, transaction, candourKafkaTemplate, small);
    }

    private static Callable<Integer> drain(OutboxRelay relay) {
        return () -> {
            int total = 0;
            int published;
            do {
                published = relay.relayBatch();
                total += published;
            } while (published > 0);
            return total;
        };
    }

    private static CaseRoutedV1 routedCase(UUID concern, int i) {
        return new CaseRoutedV1(
                UUID.randomUUID(),
                concern,
                "QC-2026-%06d".formatted(i + 1),
                Destination.TRUST_BOARD,
                "R0A",
                "Manchester University NHS Foundation Trust",
                List.of("A test reason"),
                Instant.now(),
                "routing-test",
                QualityDomain.SAFE,
                HarmLevel.LOW,
                false,
                null,
                List.of(),
                List.of(),
                null);
    }
}
