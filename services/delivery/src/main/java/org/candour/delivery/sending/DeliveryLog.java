package org.candour.delivery.sending;

import static org.candour.delivery.sending.Deliveries.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a body reads of its endpoints' deliveries: messages, every attempt, and notices. */
@Repository
public class DeliveryLog {

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One message as owed to one endpoint.
     *
     * @param messageId the notification's id: the webhook-id
     * @param caseId the case
     * @param reference the concern's reference
     * @param status where it stands
     * @param attemptsMade failed attempts counted against the schedule
     * @param nextAttemptAt when it is next tried; null unless PENDING
     * @param createdAt when it was first owed
     * @param updatedAt when it last changed
     */
    public record MessageDelivery(
            UUID messageId,
            UUID caseId,
            String reference,
            DeliveryStatus status,
            int attemptsMade,
            @Nullable Instant nextAttemptAt,
            Instant createdAt,
            Instant updatedAt) {}

    /**
     * One attempt of a message to one endpoint.
     *
     * @param endpointId where it was sent
     * @param attemptedAt when
     * @param outcome DELIVERED, FAILED, GONE or REFUSED
     * @param responseStatus the HTTP status, if one came back
     * @param latencyMs how long the attempt took
     * @param error what went wrong, if anything; never a secret or a signature
     */
    public record Attempt(
            UUID endpointId,
            Instant attemptedAt,
            String outcome,
            @Nullable Integer responseStatus,
            int latencyMs,
            @Nullable String error) {}

    /**
     * Something the endpoint's owner is told.
     *
     * @param id the notice
     * @param kind what happened
     * @param detail in plain words
     * @param createdAt when
     */
    public record Notice(UUID id, NoticeKind kind, String detail, Instant createdAt) {}

    /** The endpoint's messages, newest first, with the status asked for or every status. */
    public List<MessageDelivery> messages(UUID endpointId, @Nullable DeliveryStatus status, int limit) {
        return jdbc.sql("""
                        select n.id as message_id, n.case_id, n.reference, d.status, d.attempts_made, d.next_attempt_at,
                               d.created_at, d.updated_at
                        from delivery d join notification n on n.id = d.notification_id
                        where d.endpoint_id = :endpoint and (cast(:status as text) is null or d.status = :status)
                        order by d.created_at desc, d.id desc
                        limit :limit
                        """)
                .param("endpoint", endpointId)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(DeliveryLog::messageDelivery)
                .list();
    }

    /** Whether the message is a case routed to this body. */
    public boolean isMessageOf(String bodyCode, UUID messageId) {
        return jdbc.sql("select exists (select 1 from notification where id = ? and destination = ?)")
                .params(messageId, bodyCode)
                .query(Boolean.class)
                .single();
    }

    /** Every attempt of the message to the body's endpoints, oldest first. */
    public List<Attempt> attempts(String bodyCode, UUID messageId) {
        return jdbc.sql("""
                        select d.endpoint_id, a.attempted_at, a.outcome, a.response_status, a.latency_ms, a.error
                        from attempt a
                        join delivery d on d.id = a.delivery_id
                        join endpoint e on e.id = d.endpoint_id
                        where d.notification_id = ? and e.body_code = ?
                        order by a.attempted_at, a.id
                        """)
                .params(messageId, bodyCode)
                .query((row, n) -> new Attempt(
                        row.getObject("endpoint_id", UUID.class),
                        row.getTimestamp("attempted_at").toInstant(),
                        row.getString("outcome"),
                        row.getObject("response_status", Integer.class),
                        row.getInt("latency_ms"),
                        row.getString("error")))
                .list();
    }

    /** The endpoint's notices, newest first. */
    public List<Notice> notices(UUID endpointId, int limit) {
        return jdbc.sql("""
                        select id, kind, detail, created_at from endpoint_notice
                        where endpoint_id = ? order by created_at desc, id desc limit ?
                        """)
                .params(endpointId, limit)
                .query((row, n) -> new Notice(
                        row.getObject("id", UUID.class),
                        NoticeKind.valueOf(row.getString("kind")),
                        row.getString("detail"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Owes the message to the endpoint again, due at {@code now}, with a fresh retry schedule: a
     * resend. The webhook-id and body stay the message's.
     */
    public void resend(UUID endpointId, UUID messageId, Instant now) {
        jdbc.sql(UPSERT.formatted("where n.id = :message"))
                .param("endpoint", endpointId)
                .param("message", messageId)
                .param("now", timestamp(now))
                .update();
    }

    /**
     * Owes every message routed to the body since {@code since} (and of an event type the endpoint
     * subscribed to) to the endpoint again, due at {@code now}: a replay.
     *
     * @return how many messages will be sent
     */
    public int replay(UUID endpointId, Instant since, Instant now) {
        return jdbc.sql(
                        UPSERT.formatted(
                                "where n.destination = e.body_code and n.created_at >= :since and n.event_type = any(e.event_types)"))
                .param("endpoint", endpointId)
                .param("since", Timestamp.from(since))
                .param("now", timestamp(now))
                .update();
    }

    private static final String UPSERT = """
            insert into delivery (id, notification_id, endpoint_id, status, attempts_made, next_attempt_at,
                                  created_at, updated_at)
            select gen_random_uuid(), n.id, e.id, 'PENDING', 0, :now, :now, :now
            from notification n cross join (select id, body_code, event_types from endpoint where id = :endpoint) e
            %s
            on conflict (notification_id, endpoint_id) do update
              set status = 'PENDING', attempts_made = 0, next_attempt_at = excluded.next_attempt_at,
                  updated_at = excluded.updated_at
            """;

    private static MessageDelivery messageDelivery(ResultSet row, int n) throws SQLException {
        Timestamp next = row.getTimestamp("next_attempt_at");
        return new MessageDelivery(
                row.getObject("message_id", UUID.class),
                row.getObject("case_id", UUID.class),
                row.getString("reference"),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts_made"),
                next == null ? null : next.toInstant(),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
