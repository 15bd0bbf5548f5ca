package org.candour.delivery.endpoint;

import java.net.URI;
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
 * The registered endpoints. Anyone in the service may read them; only {@link ManageEndpoints} adds
 * them or changes their status on their owner's behalf (sending records failures and disables
 * endpoints in its own statements).
 */
@Repository
public class Endpoints {

    private static final String COLUMNS = """
            id, body_code, url, event_types, description, status, status_reason, rate_limit_per_second,
            failing_since, created_at, updated_at""";

    private final JdbcClient jdbc;

    Endpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body's ACTIVE endpoints subscribed to this event type, oldest first: who gets a new message. */
    public List<Endpoint> activeFor(String bodyCode, String eventType) {
        return jdbc.sql("select " + COLUMNS + """
                         from endpoint
                        where body_code = ? and status = 'ACTIVE' and ? = any (event_types)
                        order by created_at, id""")
                .params(bodyCode, eventType)
                .query(Endpoints::endpoint)
                .list();
    }

    public Optional<Endpoint> find(UUID endpointId) {
        return jdbc.sql("select " + COLUMNS + " from endpoint where id = ?")
                .param(endpointId)
                .query(Endpoints::endpoint)
                .optional();
    }

    /** The endpoint if this body owns it; another body's endpoint is as good as absent. */
    public Optional<Endpoint> find(String bodyCode, UUID endpointId) {
        return jdbc.sql("select " + COLUMNS + " from endpoint where id = ? and body_code = ?")
                .params(endpointId, bodyCode)
                .query(Endpoints::endpoint)
                .optional();
    }

    /** Every endpoint the body registered, oldest first. */
    public List<Endpoint> ownedBy(String bodyCode) {
        return jdbc.sql("select " + COLUMNS + " from endpoint where body_code = ? order by created_at, id")
                .param(bodyCode)
                .query(Endpoints::endpoint)
                .list();
    }

    void add(Endpoint endpoint) {
        jdbc.sql("""
                        insert into endpoint (id, body_code, url, event_types, description, status, status_reason,
                                              rate_limit_per_second, failing_since, created_at, updated_at)
                        values (:id, :bodyCode, :url, :eventTypes, :description, :status, :statusReason,
                                :rateLimit, :failingSince, :createdAt, :updatedAt)
                        """)
                .param("id", endpoint.id())
                .param("bodyCode", endpoint.bodyCode())
                .param("url", endpoint.url().toString())
                .param("eventTypes", endpoint.eventTypes().toArray(String[]::new))
                .param("description", endpoint.description())
                .param("status", endpoint.status().name())
                .param("statusReason", endpoint.statusReason())
                .param("rateLimit", endpoint.rateLimitPerSecond())
                .param("failingSince", timestamp(endpoint.failingSince()))
                .param("createdAt", Timestamp.from(endpoint.createdAt()))
                .param("updatedAt", Timestamp.from(endpoint.updatedAt()))
                .update();
    }

    /** Locks the body's endpoint for the rest of the transaction, so that changes to it queue up. */
    Optional<Endpoint> lock(String bodyCode, UUID endpointId) {
        return jdbc.sql("select " + COLUMNS + " from endpoint where id = ? and body_code = ? for update")
                .params(endpointId, bodyCode)
                .query(Endpoints::endpoint)
                .optional();
    }

    /** Pausing keeps why it failed; resuming starts afresh: no reason, no run of failures. */
    void changeStatus(UUID endpointId, EndpointStatus status, Instant now) {
        jdbc.sql("""
                        update endpoint
                           set status = :status,
                               status_reason = case when :status = 'ACTIVE' then null else status_reason end,
                               failing_since = case when :status = 'ACTIVE' then null else failing_since end,
                               updated_at = :now
                         where id = :id
                        """)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("id", endpointId)
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Endpoint endpoint(ResultSet row, int rowNumber) throws SQLException {
        Timestamp failingSince = row.getTimestamp("failing_since");
        return new Endpoint(
                row.getObject("id", UUID.class),
                row.getString("body_code"),
                URI.create(row.getString("url")),
                List.of((String[]) row.getArray("event_types").getArray()),
                row.getString("description"),
                EndpointStatus.valueOf(row.getString("status")),
                row.getString("status_reason"),
                row.getObject("rate_limit_per_second", Integer.class),
                failingSince == null ? null : failingSince.toInstant(),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
