package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.candour.events.CloudEventHeaders;
import org.candour.events.DeadLetterTopic;
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
    public static final String REASON_HEADER = DeadLetterTopic.REASON_HEADER;

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
    private final DeadLetterMeter meter;

    DeadLetters(KafkaOperations<byte[], byte[]> kafka, DeadLetterMeter meter) {
        this.kafka = kafka;
        this.meter = meter;
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
        String reason = Kind.WAITED_OUT.words() + ": " + waitedFor;
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
        meter.count(topic, group, Kind.WAITED_OUT);
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
        Throwable cause = cause(failure);
        return Kind.of(failure).words() + ": " + cause.getMessage();
    }

    /** The poison in the failure's causes, else its root cause. */
    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof PoisonEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Why a record was dead-lettered, in a few words: the start of {@value #REASON_HEADER} and, hyphenated, the
     * {@code reason} tag of {@link DeadLetterMeter}'s count. A closed set, so the count has few series.
     */
    enum Kind {
        /** The consumer can never process it ({@link PoisonEventException}): dead-lettered at once. */
        POISON("poison"),
        /** Any other failure, still failing when the retries ran out. */
        RETRIES_EXHAUSTED("retries exhausted"),
        /** Set aside by the consumer and given up on ({@link #publish}). */
        WAITED_OUT("waited out");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** As the reason header starts: {@code retries exhausted}. */
        String words() {
            return words;
        }

        /** As the metric's tag: {@code retries-exhausted}. */
        String tag() {
            return words.replace(' ', '-');
        }

        /** {@link #POISON} if a {@link PoisonEventException} is among the failure's causes, else {@link #RETRIES_EXHAUSTED}. */
        static Kind of(Throwable failure) {
            return cause(failure) instanceof PoisonEventException ? POISON : RETRIES_EXHAUSTED;
        }
    }
}
