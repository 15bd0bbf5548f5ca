package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.SampleConcerns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processed-event records older than the retention are pruned and younger ones kept, for every
 * consumer. Time is moved a year ahead, so the application's own pruner, on the real clock, never
 * touches these rows; the test application's Kafka consumer is not started, as this test publishes
 * nothing and another context's consumer in the same group must keep its partitions.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.cloud.stream.bindings.concernRaised-in-0.consumer.auto-startup=false")
class ProcessedEventPrunerIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventType<ConcernRaisedV1> RAISED = EventType.CONCERN_RAISED_V1;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JsonMapper json;

    @Autowired
    MessagingProperties properties;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("messaging_prune_it", registry);
    }

    @Test
    void recordsOlderThanTheRetentionArePrunedForEveryConsumerAndYoungerOnesKept() {
        Instant now = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
        Duration retention = properties.consumer().processedRetention();
        String classification = "classification-" + UUID.randomUUID();
        String routing = "routing-" + UUID.randomUUID();
        List<UUID> old = new ArrayList<>();
        List<UUID> kept = new ArrayList<>();
        for (String consumer : List.of(classification, routing)) {
            for (int i = 0; i < 3; i++) {
                old.add(processed(consumer, now.minus(retention).minusSeconds(1 + i * 86_400L)));
            }
            kept.add(processed(consumer, now.minus(retention).plusSeconds(1)));
            kept.add(processed(consumer, now.minus(Duration.ofMinutes(5))));
        }
        // Batches of two, so the six old rows take several statements.
        ProcessedEventPruner pruner =
                new ProcessedEventPruner(jdbc, Clock.fixed(now, ZoneOffset.UTC), properties.consumer(), 2);

        pruner.prune();

        assertThat(eventIdsOf(classification, routing))
                .containsExactlyInAnyOrderElementsOf(kept)
                .doesNotContainAnyElementsOf(old);
        assertThat(pruner.prune()).isZero();
    }

    @Test
    void anEventWhoseRecordWasKeptIsStillSkippedOnRedelivery() {
        Instant now = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
        Duration retention = properties.consumer().processedRetention();
        String consumer = "classification-" + UUID.randomUUID();
        UUID keptEvent = processed(consumer, now.minus(retention).plusSeconds(60));
        processed(consumer, now.minus(retention).minusSeconds(60));
        new ProcessedEventPruner(jdbc, Clock.fixed(now, ZoneOffset.UTC), properties.consumer(), 2).prune();
        IdempotentConsumer idempotent = new IdempotentConsumer(consumer, new EventReader(json), jdbc, transaction);
        List<UUID> applied = new ArrayList<>();

        idempotent.consume(message(keptEvent), RAISED, event -> applied.add(event.id()));
        UUID newEvent = UUID.randomUUID();
        idempotent.consume(message(newEvent), RAISED, event -> applied.add(event.id()));

        assertThat(applied).containsExactly(newEvent);
    }

    private UUID processed(String consumer, Instant processedAt) {
        UUID eventId = UUID.randomUUID();
        jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)")
                .params(consumer, eventId, Timestamp.from(processedAt))
                .update();
        return eventId;
    }

    private List<UUID> eventIdsOf(String... consumers) {
        return jdbc.sql("select event_id from processed_event where consumer = any(?)")
                .param(consumers)
                .query(UUID.class)
                .list();
    }

    private Message<byte[]> message(UUID eventId) {
        ConcernRaisedV1 concern = SampleConcerns.raised();
        return MessageBuilder.withPayload(json.writeValueAsString(concern).getBytes(UTF_8))
                .setHeader(CloudEventHeaders.ID, eventId.toString())
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.TYPE, RAISED.type())
                .setHeader(CloudEventHeaders.SOURCE, RAISED.source())
                .setHeader(CloudEventHeaders.SUBJECT, concern.concernId().toString())
                .setHeader(CloudEventHeaders.TIME, Instant.now().toString())
                .build();
    }
}
