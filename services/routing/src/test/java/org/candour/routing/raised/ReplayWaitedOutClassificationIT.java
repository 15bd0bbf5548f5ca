package org.candour.routing.raised;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.raised;
import static org.candour.routing.ClassifiedConcerns.trust;
import static org.candour.routing.RoutingRows.casesOf;
import static org.candour.routing.RoutingRows.parkedOf;
import static org.candour.routing.RoutingRows.processed;
import static org.candour.routing.RoutingRows.recordRaisedWithoutItsEvent;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.DeadLetterTopic;
import org.candour.events.EventType;
import org.candour.routing.RoutingProperties;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A waited-out classification's dead letter, replayed to the classification topic as {@code ./candour dead-letters
 * replay} does, is applied, not skipped: routed once if its concern has been raised by then, parked to wait again
 * and dead-lettered again if not, and changing nothing if a late raising routed it already; a plain redelivery of a
 * classification still waiting is skipped as before, not routed even once its concern is known raised. On the real
 * broker and PostgreSQL.
 *
 * <p>Its consumers read in a group of their own ({@code routing-replay-it}, so its dead letters go to that group's
 * dead-letter topic): the other routing tests' contexts stay cached with their consumers in group {@code routing},
 * each on its own database, and would otherwise take some of these records. The context is closed after the class,
 * so its consumers and relay do not go on routing, in this database, what later test classes publish.
 */
@SpringBootTest(
        properties = {
            "candour.messaging.relay.interval=50ms",
            // Long enough for a redelivery to arrive while the classification still waits, as in RouteConcernIT.
            "candour.routing.unknown-concern.wait-for-raising=8s",
            "candour.routing.unknown-concern.sweep-interval=250ms",
            "spring.cloud.stream.bindings.concernRaised-in-0.group=" + ReplayWaitedOutClassificationIT.GROUP,
            "spring.cloud.stream.bindings.concernClassified-in-0.group=" + ReplayWaitedOutClassificationIT.GROUP,
            "spring.cloud.stream.bindings.caseDelivered-in-0.consumer.auto-startup=false"
        })
@DirtiesContext
class ReplayWaitedOutClassificationIT {

    static final String GROUP = "routing-replay-it";

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final EventType<ConcernClassifiedV2> CLASSIFIED = EventType.CONCERN_CLASSIFIED_V2;

    private static TopicProbe routed;
    private static TopicProbe deadLetters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PruneDeadLetteredClassifications pruner;

    @Autowired
    RoutingProperties properties;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_replay_it", registry);
    }

    @BeforeAll
    static void watch() {
        routed = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CASE_ROUTED_V1.topic());
        deadLetters = TopicProbe.on(infrastructure.kafkaBootstrapServers(), CLASSIFIED.deadLetterTopic(GROUP));
    }

    @AfterAll
    static void stopWatching() {
        routed.close();
        deadLetters.close();
    }

    /**
     * The dead letter outlived its row (pruned after {@code keep-dead-lettered}), so the raising found nothing
     * parked: only the replay can route it, and it does, once.
     */
    @Test
    void aDeadLetterReplayedAfterItsConcernWasRaisedIsRoutedOnce() {
        ConcernClassifiedV2 concern = classified(trust("R0A"));
        UUID eventId = UUID.randomUUID();
        events.publish(CLASSIFIED, concern.concernId(), concern, eventId);
        ConsumerRecord<String, String> deadLetter = deadLetters(concern, 1).getFirst();
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("dead-lettered"));
        assertThat(processed(jdbc, eventId)).as("forgotten when dead-lettered").isFalse();
        pruner.prune(
                Instant.now()
                        .plus(properties.unknownConcern().keepDeadLettered())
                        .plusSeconds(60),
                1_000);
        assertThat(parkedOf(jdbc, concern)).isEmpty();
        raise(concern);
        await().until(() -> isRaised(concern));
        assertThat(casesOf(jdbc, concern)).isZero();

        replay(deadLetter);

        await().untilAsserted(() -> assertThat(casesOf(jdbc, concern)).isEqualTo(2));
        assertThat(announced(concern)).isEqualTo(2);
        assertThat(revisionsOf(concern)).isOne();
        assertThat(parkedOf(jdbc, concern)).isEmpty();
        assertThat(processed(jdbc, eventId)).isTrue();
        assertThat(deadLetters.recordsWithKey(key(concern))).hasSize(1);
    }

    @Test
    void aDeadLetterReplayedWhileItsConcernIsStillUnknownWaitsAgainAndIsDeadLetteredAgain() {
        ConcernClassifiedV2 concern = classified(trust("R0A"));
        UUID eventId = UUID.randomUUID();
        events.publish(CLASSIFIED, concern.concernId(), concern, eventId);
        ConsumerRecord<String, String> first = deadLetters(concern, 1).getFirst();
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("dead-lettered"));
        Instant parkedFirst = parkedAt(concern);

        replay(first);

        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("waiting"));
        assertThat(parkedAt(concern)).isAfter(parkedFirst);
        ConsumerRecord<String, String> second = deadLetters(concern, 2).get(1);
        assertThat(second.offset()).isGreaterThan(first.offset());
        assertThat(TopicProbe.header(second, CloudEventHeaders.ID)).isEqualTo(eventId.toString());
        assertThat(TopicProbe.header(second, DeadLetterTopic.REASON_HEADER))
                .startsWith("waited out: Concern " + concern.concernId());
        assertThat(second.value()).isEqualTo(first.value());
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("dead-lettered"));
        assertThat(processed(jdbc, eventId)).isFalse();
        assertThat(casesOf(jdbc, concern)).isZero();
    }

    /**
     * The raising came after the dead letter and routed the classification from its kept row; replaying the dead
     * letter then reaches {@code RouteConcern}, which finds that revision applied and changes nothing.
     */
    @Test
    void aDeadLetterReplayedAfterALateRaisingRoutedItChangesNothing() {
        ConcernClassifiedV2 concern = classified(trust("R0A"));
        UUID eventId = UUID.randomUUID();
        events.publish(CLASSIFIED, concern.concernId(), concern, eventId);
        ConsumerRecord<String, String> deadLetter = deadLetters(concern, 1).getFirst();
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("dead-lettered"));
        raise(concern);
        await().untilAsserted(() -> assertThat(casesOf(jdbc, concern)).isEqualTo(2));
        assertThat(parkedOf(jdbc, concern)).isEmpty();
        long changes = caseChangesOf(concern);
        assertThat(processed(jdbc, eventId)).as("forgotten when dead-lettered").isFalse();

        replay(deadLetter);
        // Behind the replay on its partition, so once this is routed the replay has been read.
        ConcernClassifiedV2 behind = classified(trust("R0A"));
        raise(behind);
        events.publish(CLASSIFIED, concern.concernId(), behind);
        await().untilAsserted(() -> assertThat(casesOf(jdbc, behind)).isEqualTo(2));

        assertThat(processed(jdbc, eventId)).as("applied, not skipped").isTrue();
        assertThat(casesOf(jdbc, concern)).isEqualTo(2);
        assertThat(caseChangesOf(concern)).isEqualTo(changes);
        assertThat(revisionsOf(concern)).isOne();
        assertThat(announced(concern)).isEqualTo(2);
        assertThat(parkedOf(jdbc, concern)).isEmpty();
        assertThat(deadLetters.recordsWithKey(key(concern))).hasSize(1);
    }

    /**
     * While the classification waits its concern is recorded as raised, but not by a raising event, which would
     * release and route the parked row: only the redelivery could route it now. The parked row cannot tell a
     * skipped redelivery from an applied one ({@link ParkedClassifications#park} leaves a waiting row alone), so
     * what shows the skip is that no case is opened and none announced.
     */
    @Test
    void aRedeliveryOfAClassificationStillWaitingIsSkipped() {
        ConcernClassifiedV2 concern = classified(trust("R0A"));
        UUID eventId = UUID.randomUUID();
        events.publish(CLASSIFIED, concern.concernId(), concern, eventId);
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("waiting"));
        Instant parked = parkedAt(concern);
        recordRaisedWithoutItsEvent(jdbc, concern);

        events.publish(CLASSIFIED, concern.concernId(), concern, eventId);
        ConcernClassifiedV2 behind = classified(trust("R0A"));
        raise(behind);
        events.publish(CLASSIFIED, concern.concernId(), behind);
        await().untilAsserted(() -> assertThat(casesOf(jdbc, behind)).isEqualTo(2));

        assertThat(casesOf(jdbc, concern)).as("skipped, not routed").isZero();
        assertThat(revisionsOf(concern)).isZero();
        assertThat(parkedOf(jdbc, concern)).containsExactly("waiting");
        assertThat(parkedAt(concern)).isEqualTo(parked);
        assertThat(announced(concern)).isZero();
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, concern)).containsExactly("dead-lettered"));
        assertThat(deadLetters.recordsWithKey(key(concern))).hasSize(1);
        assertThat(casesOf(jdbc, concern)).isZero();
    }

    /**
     * Republishes the dead letter to the classification topic as {@code ./candour dead-letters replay} does: its
     * key, value and headers, without the reason dead-lettering added (a waited-out dead letter has no
     * {@code kafka_dlt-*} headers), marked with where it was replayed from.
     */
    private static void replay(ConsumerRecord<String, String> deadLetter) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : deadLetter.headers()) {
            if (!header.key().equals(DeadLetterTopic.REASON_HEADER)) {
                headers.put(header.key(), new String(header.value(), UTF_8));
            }
        }
        headers.put(
                "candour_replayed_from", deadLetter.topic() + "/" + deadLetter.partition() + "/" + deadLetter.offset());
        TopicProbe.send(
                infrastructure.kafkaBootstrapServers(),
                CLASSIFIED.topic(),
                deadLetter.key(),
                deadLetter.value(),
                headers);
    }

    /** The concern's dead letters once there are {@code count} of them, in order. */
    private static List<ConsumerRecord<String, String>> deadLetters(ConcernClassifiedV2 concern, int count) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(deadLetters.recordsWithKey(key(concern))).hasSize(count));
        return deadLetters.recordsWithKey(key(concern));
    }

    private static void raise(ConcernClassifiedV2 concern) {
        events.publish(EventType.CONCERN_RAISED_V1, concern.concernId(), raised(concern));
    }

    /**
     * Cases announced for the concern, counted once a concern routed after it has been announced: the outbox relay
     * publishes in order, so anything announced before it is on the topic by then.
     */
    private long announced(ConcernClassifiedV2 concern) {
        ConcernClassifiedV2 marker = classified(trust("R0A"));
        raise(marker);
        events.publish(CLASSIFIED, marker.concernId(), marker);
        await().untilAsserted(
                        () -> assertThat(routed.recordsWithKey(key(marker))).hasSize(2));
        return routed.recordsWithKey(key(concern)).size();
    }

    private static String key(ConcernClassifiedV2 concern) {
        return concern.concernId().toString();
    }

    private Instant parkedAt(ConcernClassifiedV2 concern) {
        return jdbc.sql("select parked_at from parked_classification where concern_id = ?")
                .param(concern.concernId())
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private boolean isRaised(ConcernClassifiedV2 concern) {
        return jdbc.sql("select exists (select 1 from raised_concern where concern_id = ?)")
                .param(concern.concernId())
                .query(Boolean.class)
                .single();
    }

    private long caseChangesOf(ConcernClassifiedV2 concern) {
        return count("select count(*) from case_change where concern_id = ?", concern);
    }

    private long revisionsOf(ConcernClassifiedV2 concern) {
        return count("select count(*) from classification_revision where concern_id = ?", concern);
    }

    private long count(String sql, ConcernClassifiedV2 concern) {
        return jdbc.sql(sql).param(concern.concernId()).query(Long.class).single();
    }
}
