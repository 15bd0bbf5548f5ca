package org.candour.routing.raised;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.EventType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifications of concerns routing has not seen raised, kept aside instead of retried so that the
 * records behind them on their partition go on at once. Each is kept as it arrived, nothing more: its
 * value, key and CloudEvents headers.
 */
@Service
public class ParkedClassifications {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ParkedClassifications(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Parks a classification until its concern's raising arrives. The same event again while it waits changes
     * nothing. The same event after it was dead-lettered, as a replay of that dead letter brings it, waits afresh
     * from now, so that after the wait it is dead-lettered again as a new dead letter; the idempotent consumer
     * lets it through because {@link DeadLetterUnraisedClassifications} forgot it when it gave up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void park(UUID eventId, UUID concernId, byte @Nullable [] key, byte[] value, Map<String, String> headers) {
        jdbc.sql("""
                        insert into parked_classification
                          (event_id, concern_id, record_key, record_value, headers, parked_at)
                        values (:eventId, :concernId, :key, :value, cast(:headers as jsonb), :parkedAt)
                        on conflict (event_id) do update
                          set parked_at = excluded.parked_at, dead_lettered_at = null
                          where parked_classification.dead_lettered_at is not null
                        """)
                .param("eventId", eventId)
                .param("concernId", concernId)
                .param("key", key)
                .param("value", value)
                .param("headers", json.writeValueAsString(headers))
                .param("parkedAt", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Takes the classifications parked for the concern out of the park, oldest first, to be routed in the
     * caller's transaction, including any already dead-lettered: the concern was raised after all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ConcernClassifiedV2> release(UUID concernId) {
        // The delete waits for a sweep that is dead-lettering one of them, then takes it too.
        List<byte[]> values = jdbc.sql("""
                        with released as (
                          delete from parked_classification where concern_id = ? returning position, record_value)
                        select record_value from released order by position
                        """)
                .param(concernId)
                .query((row, n) -> row.getBytes(1))
                .list();
        return values.stream()
                .map(value -> json.readValue(value, EventType.CONCERN_CLASSIFIED_V2.dataType()))
                .toList();
    }

    /** The oldest classification parked longer than the wait and not yet dead-lettered, locked for the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Parked> oldestWaitedOut(Duration wait) {
        return jdbc.sql("""
                        select position, event_id, concern_id, record_key, record_value, headers
                        from parked_classification
                        where dead_lettered_at is null and parked_at <= ?
                        order by position limit 1
                        for update skip locked
                        """)
                .param(Timestamp.from(clock.instant().minus(wait)))
                .query((row, n) -> new Parked(
                        row.getLong(1),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        row.getBytes(4),
                        row.getBytes(5),
                        json.readValue(row.getString(6), HEADERS)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markDeadLettered(Parked parked) {
        jdbc.sql("update parked_classification set dead_lettered_at = ? where position = ?")
                .params(Timestamp.from(clock.instant()), parked.position())
                .update();
    }

    /**
     * Deletes at most {@code limit} classifications dead-lettered before the cutoff, in a statement of its own
     * (outside any transaction it commits at once). Rows another instance is deleting, or a raising is
     * releasing, are skipped; rows not yet dead-lettered are never deleted.
     *
     * @return how many were deleted
     */
    int deleteDeadLetteredBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        delete from parked_classification
                        where position in (
                          select position from parked_classification
                          where dead_lettered_at < ? limit ? for update skip locked)
                        """).params(Timestamp.from(cutoff), limit).update();
    }

    /** A parked classification as it arrived, with the id of its event. */
    record Parked(
            long position,
            UUID eventId,
            UUID concernId,
            byte @Nullable [] key,
            byte[] value,
            Map<String, String> headers) {}
}
