package org.candour.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.SampleConcerns;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MessagingConventionsIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventType<ConcernRaisedV1> RAISED = EventType.CONCERN_RAISED_V1;
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final String DEAD_LETTERS = RAISED.deadLetterTopic("messaging-test");

    private static TopicProbe published;
    private static TopicProbe deadLetters;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MeterRegistry metrics;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("messaging_test", registry);
    }

    @BeforeAll
    static void watchTopics() {
        published = TopicProbe.on(infrastructure.kafkaBootstrapServers(), RAISED.topic());
        deadLetters = TopicProbe.on(infrastructure.kafkaBootstrapServers(), DEAD_LETTERS);
    }

    @AfterAll
    static void stopWatching() {
        published.close();
        deadLetters.close();
    }

    @Test
    void committedEventIsPublishedWithCloudEventsHeadersKeyedByConcern() {
        ConcernRaisedV1 concern = SampleConcerns.raised();

        UUID eventId = transaction.execute(status -> outbox.append(RAISED, concern.concernId(), "concern", concern));

        await().untilAsserted(() -> assertThat(
                        published.recordsWithKey(concern.concernId().toString()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).isEqualTo(eventId.toString());
                    assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            .isEqualTo(RAISED.type());
                    assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE))
                            .isEqualTo("/candour/intake");
                    assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION))
                            .isEqualTo("1.0");
                    assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT))
                            .isEqualTo("concern");
                    assertThat(Instant.parse(TopicProbe.header(record, CloudEventHeaders.TIME)))
                            .isNotNull();
                    assertThat(record.value()).contains(concern.reference());
                }));
        await().until(() -> effectsFor(concern.reference()) == 1);
        assertThat(relay.pending()).isZero();
    }

    @Test
    void eventOfARolledBackChangeIsNeverPublished() {
        ConcernRaisedV1 rolledBack = SampleConcerns.raised();
        ConcernRaisedV1 committed = SampleConcerns.raised();

        transaction.executeWithoutResult(status -> {
            outbox.append(RAISED, rolledBack.concernId(), "concern", rolledBack);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> outbox.append(RAISED, committed.concernId(), "concern", committed));

        await().until(() -> effectsFor(committed.reference()) == 1);
        assertThat(published.recordsWithKey(rolledBack.concernId().toString())).isEmpty();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        ConcernRaisedV1 concern = SampleConcerns.raised();

        assertThatIllegalStateException()
                .isThrownBy(() -> outbox.append(RAISED, concern.concernId(), "concern", concern));
    }

    @Test
    void redeliveredEventChangesNothing() {
        ConcernRaisedV1 concern = SampleConcerns.raised();
        UUID eventId = UUID.randomUUID();

        events.publish(RAISED, concern.concernId(), concern, eventId);
        events.publish(RAISED, concern.concernId(), concern, eventId);
        ConcernRaisedV1 marker = SampleConcerns.raised();
        events.publish(RAISED, marker.concernId(), marker);

        await().until(() -> effectsFor(marker.reference()) == 1);
        assertThat(effectsFor(concern.reference())).isEqualTo(1);
    }

    /** What a consumer that set an event aside and gave up on it does, so that a replay of its dead letter applies. */
    @Test
    void aForgottenEventIsAppliedAgainWhenDeliveredAgain() {
        ConcernRaisedV1 concern = SampleConcerns.raised();
        UUID eventId = UUID.randomUUID();
        events.publish(RAISED, concern.concernId(), concern, eventId);
        await().until(() -> effectsFor(concern.reference()) == 1);
        jdbc.sql("delete from effect where event_id = ?").param(eventId).update();

        Boolean forgotten = transaction.execute(status -> consumer.forget(eventId));
        Boolean forgottenAgain = transaction.execute(status -> consumer.forget(eventId));
        assertThat(forgotten).isTrue();
        assertThat(forgottenAgain).isFalse();
        events.publish(RAISED, concern.concernId(), concern, eventId);

        await().until(() -> effectsFor(concern.reference()) == 1);
    }

    @Test
    void forgettingOutsideATransactionIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> consumer.forget(UUID.randomUUID()));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAtOnceWithItsReasonAndTheConsumerCarriesOn() {
        double poisonBefore = deadLettersCounted("poison");
        double exhaustedBefore = deadLettersCounted("retries-exhausted");
        UUID poisonKey = UUID.randomUUID();
        events.publishRaw(RAISED, poisonKey, "{not json");
        ConcernRaisedV1 next = SampleConcerns.raised();
        events.publish(RAISED, next.concernId(), next);

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey.toString()))
                .singleElement()
                .satisfies(dead -> {
                    assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER))
                            .startsWith("poison: Data is not a valid ConcernRaisedV1");
                    assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic"))
                            .isEqualTo(RAISED.topic());
                    assertThat(dead.value()).isEqualTo("{not json");
                }));
        await().until(() -> effectsFor(next.reference()) == 1);
        assertThat(deadLettersCounted("poison")).isEqualTo(poisonBefore + 1);
        assertThat(deadLettersCounted("retries-exhausted")).isEqualTo(exhaustedBefore);
    }

    @Test
    void eventBreakingItsInvariantsIsPoison() {
        UUID key = UUID.randomUUID();
        events.publishRaw(RAISED, key, "{\"concernId\":\"" + key + "\",\"reference\":\"   \"}");

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(key.toString()))
                .singleElement()
                .satisfies(dead -> assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER))
                        .contains("poison")));
    }

    @Test
    void transientFailureIsRetriedAndAppliedOnce() {
        MessagingTestApplication.transientFailuresToInject.set(2);
        ConcernRaisedV1 concern = SampleConcerns.raised();

        events.publish(RAISED, concern.concernId(), concern);

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsFor(concern.reference()) == 1);
        assertThat(MessagingTestApplication.transientFailuresToInject.get()).isZero();
        assertThat(deadLetters.recordsWithKey(concern.concernId().toString())).isEmpty();
    }

    @Test
    void recordStillFailingWhenItsRetriesRunOutIsDeadLetteredAndCountedOnce() {
        double poisonBefore = deadLettersCounted("poison");
        double exhaustedBefore = deadLettersCounted("retries-exhausted");
        MessagingTestApplication.transientFailuresToInject.set(3);
        ConcernRaisedV1 concern = SampleConcerns.raised();
        events.publish(RAISED, concern.concernId(), concern);
        ConcernRaisedV1 next = SampleConcerns.raised();
        events.publish(RAISED, next.concernId(), next);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                deadLetters.recordsWithKey(concern.concernId().toString()))
                        .singleElement()
                        .satisfies(dead -> assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER))
                                .isEqualTo("retries exhausted: database briefly unavailable (injected)")));
        await().until(() -> effectsFor(next.reference()) == 1);
        assertThat(effectsFor(concern.reference())).isZero();
        assertThat(deadLettersCounted("retries-exhausted")).isEqualTo(exhaustedBefore + 1);
        assertThat(deadLettersCounted("poison")).isEqualTo(poisonBefore);
    }

    /**
     * The dead letters this service counted for the concern-raised topic and its group, for the kind of reason;
     * listed at zero from the start.
     */
    private double deadLettersCounted(String reason) {
        Counter counter = metrics.find(DeadLetterMeter.NAME)
                .tags("topic", RAISED.topic(), "group", "messaging-test", "reason", reason)
                .counter();
        assertThat(counter).as("the count of %s dead letters", reason).isNotNull();
        return counter.count();
    }

    private long effectsFor(String reference) {
        return jdbc.sql("select count(*) from effect where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }
}
