package org.candour.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.candour.events.DeadLetterTopic;
import org.jspecify.annotations.Nullable;

/**
 * The headers a dead letter carries beyond the original record's, how to read them, and which go when it is replayed.
 * Spring Kafka's {@code DeadLetterPublishingRecoverer} adds {@code kafka_dlt-*} (the original partition as a
 * 4-byte big-endian int, offset and timestamp as 8-byte big-endian longs, the rest UTF-8 text); Candour's messaging
 * adds {@value #REASON}. A record set aside and given up on later ({@code DeadLetters.publish}) has the reason but
 * no {@code kafka_dlt-*} headers.
 */
final class DeadLetterHeaders {

    /** The reason messaging gives a dead letter ({@link DeadLetterTopic#REASON_HEADER}). */
    static final String REASON = DeadLetterTopic.REASON_HEADER;

    /** Added to a replayed record: {@code <dead-letter topic>/<partition>/<offset>} it was replayed from. */
    static final String REPLAYED_FROM = "candour_replayed_from";

    static final String SPRING_PREFIX = "kafka_dlt-";
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    static final String ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

    private DeadLetterHeaders() {}

    /** The last value of the header as UTF-8 text, or nothing. */
    static @Nullable String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

    /** A header Spring Kafka writes as a 4-byte big-endian int (or, leniently, as text), or nothing. */
    static @Nullable Integer intValue(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        byte[] bytes = header.value();
        if (bytes.length == Integer.BYTES) {
            return ByteBuffer.wrap(bytes).getInt();
        }
        Long number = parsed(bytes);
        return number == null || number != number.intValue() ? null : number.intValue();
    }

    /** A header Spring Kafka writes as an 8-byte big-endian long (or, leniently, as text), or nothing. */
    static @Nullable Long longValue(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        byte[] bytes = header.value();
        return bytes.length == Long.BYTES ? ByteBuffer.wrap(bytes).getLong() : parsed(bytes);
    }

    /**
     * The headers a replay publishes: the original record's, in their order, without what dead-lettering added
     * ({@code kafka_dlt-*}, {@value #REASON}) and without the mark of an earlier replay, then {@value #REPLAYED_FROM}
     * naming this dead letter.
     */
    static Headers forReplay(Headers deadLetter, String replayedFrom) {
        RecordHeaders replay = new RecordHeaders();
        for (Header header : deadLetter) {
            if (!addedByDeadLettering(header.key()) && !header.key().equals(REPLAYED_FROM)) {
                replay.add(header.key(), header.value());
            }
        }
        replay.add(REPLAYED_FROM, replayedFrom.getBytes(UTF_8));
        return replay;
    }

    static boolean addedByDeadLettering(String name) {
        return name.startsWith(SPRING_PREFIX) || name.equals(REASON);
    }

    private static @Nullable Long parsed(byte[] bytes) {
        try {
            return Long.parseLong(new String(bytes, UTF_8).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
