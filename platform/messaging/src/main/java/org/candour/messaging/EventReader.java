package org.candour.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.candour.events.CloudEventHeaders;
import org.candour.events.EventType;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Kafka record in CloudEvents binary mode into a {@link ReceivedEvent}, or says why it is poison. */
final class EventReader {

    private final JsonMapper json;

    EventReader(JsonMapper json) {
        this.json = json;
    }

    <T> ReceivedEvent<T> read(Message<byte[]> message, EventType<T> expected) {
        MessageHeaders headers = message.getHeaders();
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("Unsupported CloudEvents specversion '" + specVersion + "'");
        }
        String type = required(headers, CloudEventHeaders.TYPE);
        if (!expected.type().equals(type)) {
            throw new PoisonEventException("Expected event type " + expected.type() + " but got " + type);
        }
        UUID id = uuid(required(headers, CloudEventHeaders.ID));
        Instant time = instant(required(headers, CloudEventHeaders.TIME));
        T data = data(message.getPayload(), expected);
        return new ReceivedEvent<>(
                id,
                type,
                required(headers, CloudEventHeaders.SOURCE),
                time,
                required(headers, CloudEventHeaders.SUBJECT),
                data);
    }

    private <T> T data(byte[] payload, EventType<T> expected) {
        try {
            return json.readValue(payload, expected.dataType());
        } catch (JacksonException e) {
            throw new PoisonEventException(
                    "Data is not a valid " + expected.dataType().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Missing CloudEvents header " + name);
        }
        return value;
    }

    /** A header's text under its Kafka name, however Spring has spelt it on the way in. */
    static @Nullable String header(MessageHeaders headers, String name) {
        // Spring Cloud Function rewrites the Kafka binding's "ce_" attribute prefix to "ce-" on the way in.
        return text(headers.containsKey(name) ? headers.get(name) : headers.get(name.replace('_', '-')));
    }

    private static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> value.toString();
        };
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Header " + CloudEventHeaders.ID + " is not a UUID: " + value, e);
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(
                    "Header " + CloudEventHeaders.TIME + " is not an RFC 3339 time: " + value, e);
        }
    }
}
