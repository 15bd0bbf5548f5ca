package org.candour.delivery.sending;

import static java.time.temporal.ChronoUnit.MICROS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code delivery} table: what is owed to each endpoint, scheduled in the database. A poll claims
 * due rows with {@code FOR UPDATE SKIP LOCKED} by moving {@code next_attempt_at} to the end of a
 * lease, so several instances share the work and a crashed one's claims come due again.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pending delivery of the message, due now, for each of these endpoints; an endpoint already
     * owed it keeps what it has.
     *
     * @return how many were scheduled
     */
    int schedule(UUID notificationId, List<UUID> endpointIds, Instant now) {
        if (endpointIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into delivery (id, notification_id, endpoint_id, status, attempts_made, next_attempt_at,
                                              created_at, updated_at)
                        select gen_random_uuid(), :notification, e.id, 'PENDING', 0, :now, :now, :now
                        from endpoint e
                        where e.id in (:endpoints)
                        on conflict (notification_id, endpoint_id) do nothing
                        """)
                .param("notification", notificationId)
                .param("endpoints", endpointIds)
                .param("now", timestamp(now))
                .update();
    }

    /**
     * Pushes due deliveries to paused or disabled endpoints to {@code until}, without counting an
     * attempt, so that they neither burn their retries nor crowd out the due deliveries of others.
     */
    int deferInactive(Instant now, Instant until) {
        return jdbc.sql("""
                        update delivery d set next_attempt_at = :until, updated_at = :now
                        from endpoint e
                        where e.id = d.endpoint_id and e.status <> 'ACTIVE'
                          and d.status = 'PENDING' and d.next_attempt_at <= :now
                        """)
                .param("now", timestamp(now))
                .param("until", timestamp(until))
                .update();
    }

    /**
     * Claims up to {@code limit} due deliveries, oldest due first, at most {@code perEndpoint} of them
     * for any one endpoint (its bulkhead would refuse more) and none for the {@code busy} ones, until
     * {@code leaseUntil}.
     */
    List<Claim> claimDue(Instant now, Instant leaseUntil, int limit, int perEndpoint, List<UUID> busy) {
        Instant lease = leaseUntil.truncatedTo(MICROS);
        return jdbc.sql("""
                        update delivery d set next_attempt_at = :lease, updated_at = :now
                        from (select id from delivery
                              where id in (select id from (select id, row_number() over (
                                                               partition by endpoint_id order by next_attempt_at) as nth
                                                           from delivery
                                                           where status = 'PENDING' and next_attempt_at <= :now
                                                             and endpoint_id <> all(:busy)) due
                                           where nth <= :perEndpoint)
                              order by next_attempt_at
                              limit :limit
                              for update skip locked) due
                        where d.id = due.id
                        returning d.id, d.notification_id, d.endpoint_id, d.attempts_made
                        """)
                .param("now", timestamp(now))
                .param("lease", timestamp(lease))
                .param("limit", limit)
                .param("perEndpoint", perEndpoint)
                .param("busy", busy.toArray(UUID[]::new))
                .query((row, n) -> new Claim(
                        row.getObject("id", UUID.class),
                        row.getObject("notification_id", UUID.class),
                        row.getObject("endpoint_id", UUID.class),
                        row.getInt("attempts_made"),
                        lease))
                .list();
    }

    /** The claimed delivery's endpoint and message, as they are now. */
    Optional<Message> message(Claim claim) {
        return jdbc.sql("""
                        select e.url, e.body_code, e.status as endpoint_status, e.rate_limit_per_second,
                               n.case_id, n.concern_id, n.reference, n.destination, n.recipient_code, n.urgent,
                               n.created_at, r.routed::text as routed, n.payload,
                               s.summary
                        from delivery d
                        join endpoint e on e.id = d.endpoint_id
                        join notification n on n.id = d.notification_id
                        left join routed_case r on r.case_id = n.case_id
                        left join concern_summary s on s.concern_id = n.concern_id
                        where d.id = ?
                        """)
                .param(claim.deliveryId())
                .query((row, n) -> message(claim, row))
                .optional();
    }

    /**
     * Moves a claimed delivery to {@code until} without counting an attempt.
     *
     * @return whether the claim still held
     */
    boolean defer(Claim claim, Instant until, Instant now) {
        return jdbc.sql("""
                        update delivery set next_attempt_at = :until, updated_at = :now
                        where id = :id and status = 'PENDING' and next_attempt_at = :lease
                        """)
                        .param("id", claim.deliveryId())
                        .param("lease", timestamp(claim.claimedUntil()))
                        .param("until", timestamp(until))
                        .param("now", timestamp(now))
                        .update()
                == 1;
    }

    /**
     * Records the outcome of a claimed delivery's attempt.
     *
     * @param nextAttemptAt when it is due again; null unless it stays PENDING
     * @return whether the claim still held; when not, another instance took the delivery over and
     *     nothing was changed
     */
    boolean settle(Claim claim, DeliveryStatus status, int attemptsMade, @Nullable Instant nextAttemptAt, Instant now) {
        return jdbc.sql("""
                        update delivery set status = :status, attempts_made = :attempts, next_attempt_at = :next,
                                            updated_at = :now
                        where id = :id and status = 'PENDING' and next_attempt_at = :lease
                        """)
                        .param("id", claim.deliveryId())
                        .param("lease", timestamp(claim.claimedUntil()))
                        .param("status", status.name())
                        .param("attempts", attemptsMade)
                        .param("next", nextAttemptAt == null ? null : timestamp(nextAttemptAt))
                        .param("now", timestamp(now))
                        .update()
                == 1;
    }

    /** Freezes the message's body unless an earlier attempt did; returns the body that holds. */
    byte[] freezePayload(UUID notificationId, byte[] payload) {
        return jdbc.sql("""
                        update notification set payload = coalesce(payload, :payload) where id = :id returning payload
                        """)
                .param("id", notificationId)
                .param("payload", payload)
                .query((row, n) -> row.getBytes("payload"))
                .single();
    }

    private static Message message(Claim claim, ResultSet row) throws SQLException {
        return new Message(
                claim,
                row.getString("url"),
                row.getString("body_code"),
                "ACTIVE".equals(row.getString("endpoint_status")),
                row.getObject("rate_limit_per_second", Integer.class),
                row.getObject("case_id", UUID.class),
                row.getObject("concern_id", UUID.class),
                row.getString("reference"),
                row.getString("destination"),
                row.getString("recipient_code"),
                row.getBoolean("urgent"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("routed"),
                row.getBytes("payload"),
                row.getString("summary"));
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
