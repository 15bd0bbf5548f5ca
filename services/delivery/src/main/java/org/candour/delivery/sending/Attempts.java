package org.candour.delivery.sending;

import static org.candour.delivery.sending.Deliveries.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.candour.delivery.webhook.SendResult;
import org.candour.events.Destination;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attempts (append-only), what they change on the endpoint, and the notices its owner reads. Only
 * sending writes these.
 */
@Repository
class Attempts {

    private static final int ERROR_LIMIT = 500;

    private final JdbcClient jdbc;

    Attempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID deliveryId, UUID notificationId, Instant attemptedAt, SendResult result) {
        jdbc.sql("""
                        insert into attempt (id, delivery_id, attempted_at, outcome, response_status, latency_ms, error)
                        values (:id, :delivery, :at, :outcome, :status, :latency, :error)
                        """)
                .param("id", UUID.randomUUID())
                .param("delivery", deliveryId)
                .param("at", timestamp(attemptedAt))
                .param("outcome", result.outcome().name())
                .param("status", result.status())
                .param("latency", latencyMillis(result.latency()))
                .param("error", truncated(result.error()))
                .update();
        jdbc.sql("update notification set attempts = attempts + 1 where id = ?")
                .param(notificationId)
                .update();
    }

    /** Marks the notification SENT the first time any endpoint of its body answers 2xx. */
    Optional<DeliveredCase> firstDelivery(UUID notificationId, Instant deliveredAt) {
        return jdbc.sql("""
                        update notification set status = 'SENT' where id = ? and status <> 'SENT'
                        returning case_id, concern_id, reference, destination, recipient_code, recipient_name
                        """)
                .param(notificationId)
                .query((row, n) -> new DeliveredCase(
                        row.getObject("case_id", UUID.class),
                        row.getObject("concern_id", UUID.class),
                        row.getString("reference"),
                        Destination.valueOf(row.getString("destination")),
                        row.getString("recipient_code"),
                        row.getString("recipient_name"),
                        deliveredAt))
                .optional();
    }

    void endpointHealthy(UUID endpointId, Instant now) {
        jdbc.sql("""
                        update endpoint set failing_since = null, updated_at = :now
                        where id = :id and failing_since is not null
                        """).param("id", endpointId).param("now", timestamp(now)).update();
    }

    /**
     * Starts the endpoint's run of failures unless one is running.
     *
     * @return when the run began
     */
    Instant endpointFailing(UUID endpointId, Instant now) {
        return jdbc.sql("""
                        update endpoint set failing_since = coalesce(failing_since, :now), updated_at = :now
                        where id = :id returning failing_since
                        """)
                .param("id", endpointId)
                .param("now", timestamp(now))
                .query((row, n) -> row.getTimestamp("failing_since").toInstant())
                .single();
    }

    /**
     * Disables an active or paused endpoint, with the reason, and tells its owner.
     *
     * @return whether it was disabled now (false when it already was)
     */
    boolean disable(UUID endpointId, String reason, Instant now) {
        int disabled = jdbc.sql("""
                        update endpoint set status = 'DISABLED', status_reason = :reason, updated_at = :now
                        where id = :id and status <> 'DISABLED'
                        """)
                .param("id", endpointId)
                .param("reason", reason)
                .param("now", timestamp(now))
                .update();
        if (disabled == 1) {
            notice(endpointId, NoticeKind.ENDPOINT_DISABLED, reason, now);
        }
        return disabled == 1;
    }

    void notice(UUID endpointId, NoticeKind kind, String detail, Instant now) {
        jdbc.sql("""
                        insert into endpoint_notice (id, endpoint_id, kind, detail, created_at)
                        values (:id, :endpoint, :kind, :detail, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("endpoint", endpointId)
                .param("kind", kind.name())
                .param("detail", detail)
                .param("now", timestamp(now))
                .update();
    }

    private static int latencyMillis(Duration latency) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, latency.toMillis()));
    }

    private static @Nullable String truncated(@Nullable String error) {
        return error == null || error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
    }
}
