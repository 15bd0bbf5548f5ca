package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.candour.events.CloudEventHeaders;
import org.candour.events.EventType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.messaging.MessageHeaders;

/**
 * The dead-letter conventions, shared by the listener containers' {@link DeadLetterPolicy} and by a consumer
 * that sets a record aside and gives up on it later: the record goes to {@code <topic>.<group>.dlq} with its
 * original key, value and headers, and the reason in {@value #REASON_HEADER}: {@code poison: …},
 * {@code retries exhausted: …}, or, for a record set aside and given up on, {@code waited out: …}.
 */
public final class DeadLetters {

    /** A short, human reason for the dead letter, beside Spring Kafka's {@code kafka_dlt-*} headers. */
    public static final String REASON_HEADER = "candour_dlq_reason";

    private static final List<String> CLOUD_EVENT_HEADERS = List.of(
            CloudEventHeaders.ID,
            CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE,
            CloudEventHeaders.SUBJECT,
            CloudEventHeaders.TIME,
            CloudEventHeaders.CONTENT_TYPE);

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaOperations<byte[], byte[]> kafka;

    DeadLetters(KafkaOperations<byte[], byte[]> kafka) {
        this.kafka = kafka;
    }

    /**
     * Publishes a record the consumer set aside and has given up on to the dead-letter topic of its topic and
     * group, with the reason ({@code waited out: } and what it waited for), and waits until the broker has it.
     *
     * @param headers the record's headers as {@link #cloudEventHeaders} kept them
     * @throws IllegalStateException if the broker did not take it: keep the record and try again
     */
    public void publish(
            String topic,
            String group,
            byte @Nullable [] key,
            byte[] value,
            Map<String, String> headers,
            String waitedFor) {
        String reason = "waited out: " + waitedFor;
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(EventType.deadLetterTopic(topic, group), key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(UTF_8)));
        record.headers().add(REASON_HEADER, reason.getBytes(UTF_8));
        try {
            kafka.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not dead-letter a record of " + topic + " for " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering a record of " + topic, e);
        }
        log.warn("Dead-lettered a record of {} that {} set aside: {}", topic, group, reason);
    }

    /**
     * The CloudEvents headers (and content type) of a received message under their Kafka names, so that a
     * record set aside can be read, or dead-lettered, as it arrived.
     */
    public static Map<String, String> cloudEventHeaders(MessageHeaders headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : CLOUD_EVENT_HEADERS) {
            String value = EventReader.header(headers, name);
            if (value == null && name.equals(CloudEventHeaders.CONTENT_TYPE)) {
                value = EventReader.header(headers, MessageHeaders.CONTENT_TYPE);
            }
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    /** {@code poison: …} or {@code retries exhausted: …}, with the message of the root cause. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof PoisonEventException)) {
            cause = cause.getCause();
        }
        String kind = cause instanceof PoisonEventException ? "poison" : "retries exhausted";
        return kind + ": " + cause.getMessage();
    }
}
