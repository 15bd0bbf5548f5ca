package org.candour.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.candour.events.CloudEventHeaders;
import org.candour.events.DeadLetterTopic;
import org.jspecify.annotations.Nullable;

/**
 * One record on a dead-letter topic, with what an operator needs to judge it. Its value may hold a reporter's words
 * or a patient's identifiers, so nothing here shows it: only its size.
 *
 * @param topic the dead-letter topic
 * @param timestamp when the dead letter was published
 * @param key the original key, usually a concern id
 * @param value the original value bytes, to replay; never shown
 * @param headers the original headers and those dead-lettering added
 */
record DeadLetter(
        String topic,
        int partition,
        long offset,
        Instant timestamp,
        byte @Nullable [] key,
        byte @Nullable [] value,
        Headers headers) {

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                record.value(),
                record.headers());
    }

    /** {@code <dead-letter topic>/<partition>/<offset>}, as {@link DeadLetterHeaders#REPLAYED_FROM} records it. */
    String position() {
        return topic + "/" + partition + "/" + offset;
    }

    @Nullable
    String ceType() {
        return DeadLetterHeaders.text(headers, CloudEventHeaders.TYPE);
    }

    @Nullable
    String ceId() {
        return DeadLetterHeaders.text(headers, CloudEventHeaders.ID);
    }

    /** Why it was dead-lettered: Candour's reason, else Spring Kafka's exception message, else nothing. */
    @Nullable
    String reason() {
        String reason = DeadLetterHeaders.text(headers, DeadLetterHeaders.REASON);
        return reason != null ? reason : DeadLetterHeaders.text(headers, DeadLetterHeaders.EXCEPTION_MESSAGE);
    }

    /** The size of the value in bytes, or -1 if it has none. */
    int valueSize() {
        return value == null ? -1 : value.length;
    }

    /**
     * Where it came from: the {@code kafka_dlt-original-*} headers when Spring Kafka's recoverer dead-lettered it;
     * otherwise (a record set aside and given up on later) the topic the dead-letter topic is named after, with no
     * partition or offset.
     */
    Origin origin() {
        String recorded = DeadLetterHeaders.text(headers, DeadLetterHeaders.ORIGINAL_TOPIC);
        if (recorded != null && !recorded.isBlank()) {
            return new Origin(
                    recorded,
                    DeadLetterHeaders.intValue(headers, DeadLetterHeaders.ORIGINAL_PARTITION),
                    DeadLetterHeaders.longValue(headers, DeadLetterHeaders.ORIGINAL_OFFSET),
                    false);
        }
        String derived = DeadLetterTopic.parse(topic)
                .map(DeadLetterTopic::topic)
                .orElseThrow(() -> new IllegalStateException(topic + " is not named as a dead-letter topic"));
        return new Origin(derived, null, null, true);
    }

    /** The key as text when it is printable UTF-8 (a concern id is), else as hex; "(none)" without one. */
    String keyText() {
        if (key == null) {
            return "(none)";
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(key))
                    .toString();
            if (text.codePoints().noneMatch(Character::isISOControl)) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // Not text: shown as hex below.
        }
        return "hex:" + HexFormat.of().formatHex(key);
    }

    /** Never the value: it may hold what a reporter wrote. */
    @Override
    public String toString() {
        return "DeadLetter[" + position() + ", " + valueSize() + " bytes]";
    }

    /**
     * The record's original place.
     *
     * @param partition null when not recorded
     * @param offset null when not recorded
     * @param derived whether the topic was derived from the dead-letter topic's name, for want of headers
     */
    record Origin(
            String topic,
            @Nullable Integer partition,
            @Nullable Long offset,
            boolean derived) {

        String describe() {
            if (derived) {
                return topic + " (derived from the dead-letter topic's name: no kafka_dlt-original-* headers)";
            }
            return topic + " partition " + (partition == null ? "?" : partition) + " offset "
                    + (offset == null ? "?" : offset);
        }
    }
}
