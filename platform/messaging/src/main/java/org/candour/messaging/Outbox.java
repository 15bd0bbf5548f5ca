package org.candour.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.candour.events.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: an event is recorded in the same database transaction as the change it
 * announces, and the {@link OutboxRelay} publishes it afterwards. A change is therefore never
 * committed without its event, nor an event published for a change that rolled back.
 */
public final class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records an event for publication. Must run inside the transaction of the change it announces.
     *
     * @param type the event type, which names the topic
     * @param key the Kafka key: the concern id, so a concern's events stay in order
     * @param subject the CloudEvents subject: what the event is about
     * @param data the event record
     * @return the event id
     */
    public <T> UUID append(EventType<T> type, UUID key, String subject, T data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append needs the transaction of the change it announces");
        }
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into outbox (event_id, topic, message_key, event_type, source, subject, occurred_at, payload)
                        values (:id, :topic, :key, :type, :source, :subject, :occurredAt, :payload)
                        """)
                .param("id", eventId)
                .param("topic", type.topic())
                .param("key", key.toString())
                .param("type", type.type())
                .param("source", type.source())
                .param("subject", subject)
                .param("occurredAt", Timestamp.from(now))
                .param("payload", json.writeValueAsString(data))
                .update();
        return eventId;
    }
}
