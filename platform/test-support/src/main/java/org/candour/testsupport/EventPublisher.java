package org.candour.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.candour.events.CloudEventHeaders;
import org.candour.events.EventType;
import tools.jackson.databind.json.JsonMapper;

/** Publishes integration events the way the outbox relay does, for tests of a consumer on its own. */
public final class EventPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;

    public EventPublisher(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes the event with a new id, keyed by {@code key}; returns the id. */
    public <T> UUID publish(EventType<T> type, UUID key, T data) {
        UUID eventId = UUID.randomUUID();
        publish(type, key, data, eventId);
        return eventId;
    }

    /** Publishes the event with the given id, e.g. again, as a redelivery would. */
    public <T> void publish(EventType<T> type, UUID key, T data, UUID eventId) {
        TopicProbe.send(
                bootstrapServers,
                type.topic(),
                key.toString(),
                JSON.writeValueAsString(data),
                headers(type, key, eventId));
    }

    /** Publishes a raw value with valid CloudEvents headers of the type, e.g. poison. */
    public void publishRaw(EventType<?> type, UUID key, String value) {
        TopicProbe.send(bootstrapServers, type.topic(), key.toString(), value, headers(type, key, UUID.randomUUID()));
    }

    private static Map<String, String> headers(EventType<?> type, UUID key, UUID eventId) {
        return Map.of(
                CloudEventHeaders.ID, eventId.toString(),
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SOURCE, type.source(),
                CloudEventHeaders.SUBJECT, key.toString(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }
}
