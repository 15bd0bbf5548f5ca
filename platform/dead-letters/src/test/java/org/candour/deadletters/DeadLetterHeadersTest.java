package org.candour.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    private static final String DLQ = "candour.intake.concern-raised.v1.classification.dlq";

    @Test
    void replayKeepsTheOriginalHeadersInOrderAndMarksWhereItCameFrom() {
        Headers headers = deadLetteredBySpring();

        Headers replay = DeadLetterHeaders.forReplay(headers, DLQ + "/2/5");

        assertThat(names(replay))
                .containsExactly("ce_id", "ce_type", "content-type", "traceparent", "candour_replayed_from");
        assertThat(DeadLetterHeaders.text(replay, "ce_id")).isEqualTo("6d1f0a4e-0000-4000-8000-000000000001");
        assertThat(DeadLetterHeaders.text(replay, "traceparent")).isEqualTo("00-abc-def-01");
        assertThat(DeadLetterHeaders.text(replay, "candour_replayed_from")).isEqualTo(DLQ + "/2/5");
    }

    @Test
    void replayOfAReplayedRecordNamesOnlyTheLatestDeadLetter() {
        Headers headers = deadLetteredBySpring();
        headers.add("candour_replayed_from", (DLQ + "/0/1").getBytes(UTF_8));

        Headers replay = DeadLetterHeaders.forReplay(headers, DLQ + "/2/9");

        assertThat(replay.headers("candour_replayed_from"))
                .extracting(header -> new String(header.value(), UTF_8))
                .containsExactly(DLQ + "/2/9");
    }

    @Test
    void readsSpringKafkasBinaryPartitionAndOffset() {
        Headers headers = deadLetteredBySpring();

        assertThat(DeadLetterHeaders.intValue(headers, "kafka_dlt-original-partition"))
                .isEqualTo(2);
        assertThat(DeadLetterHeaders.longValue(headers, "kafka_dlt-original-offset"))
                .isEqualTo(4_294_967_301L);
        assertThat(DeadLetterHeaders.intValue(headers, "absent")).isNull();
    }

    @Test
    void readsPartitionAndOffsetWrittenAsText() {
        Headers headers = new RecordHeaders();
        headers.add("kafka_dlt-original-partition", "7".getBytes(UTF_8));
        headers.add("kafka_dlt-original-offset", "12".getBytes(UTF_8));

        assertThat(DeadLetterHeaders.intValue(headers, "kafka_dlt-original-partition"))
                .isEqualTo(7);
        assertThat(DeadLetterHeaders.longValue(headers, "kafka_dlt-original-offset"))
                .isEqualTo(12L);
    }

    @Test
    void aDeadLetterFromSpringsRecovererSaysWhereItCameFromAndWhy() {
        DeadLetter deadLetter = deadLetter(deadLetteredBySpring());

        assertThat(deadLetter.origin())
                .isEqualTo(new DeadLetter.Origin("candour.intake.concern-raised.v1", 2, 4_294_967_301L, false));
        assertThat(deadLetter.origin().describe())
                .isEqualTo("candour.intake.concern-raised.v1 partition 2 offset 4294967301");
        assertThat(deadLetter.reason()).isEqualTo("poison: Data is not a valid ConcernRaisedV1");
        assertThat(deadLetter.ceType()).isEqualTo("org.candour.intake.concern-raised.v1");
        assertThat(deadLetter.ceId()).isEqualTo("6d1f0a4e-0000-4000-8000-000000000001");
    }

    @Test
    void aDeadLetterWithoutOriginalHeadersComesFromTheTopicItsTopicIsNamedAfter() {
        Headers headers = new RecordHeaders();
        headers.add("ce_type", "org.candour.classification.concern-classified.v2".getBytes(UTF_8));
        headers.add("candour_dlq_reason", "waited out: Concern x was not raised".getBytes(UTF_8));
        DeadLetter deadLetter = new DeadLetter(
                "candour.classification.concern-classified.v2.routing.dlq",
                0,
                3,
                Instant.EPOCH,
                null,
                new byte[0],
                headers);

        assertThat(deadLetter.origin())
                .isEqualTo(new DeadLetter.Origin("candour.classification.concern-classified.v2", null, null, true));
        assertThat(deadLetter.origin().describe()).contains("derived from the dead-letter topic's name");
        assertThat(deadLetter.reason()).isEqualTo("waited out: Concern x was not raised");
        assertThat(deadLetter.keyText()).isEqualTo("(none)");
        assertThat(deadLetter.ceId()).isNull();
    }

    @Test
    void withoutCandoursReasonSpringsExceptionMessageIsTheReason() {
        Headers headers = new RecordHeaders();
        headers.add("kafka_dlt-original-topic", "t".getBytes(UTF_8));
        headers.add("kafka_dlt-exception-message", "Listener failed".getBytes(UTF_8));

        assertThat(deadLetter(headers).reason()).isEqualTo("Listener failed");
    }

    @Test
    void neverShowsTheValue() {
        DeadLetter deadLetter = deadLetter(deadLetteredBySpring());

        assertThat(deadLetter.valueSize()).isEqualTo(24);
        assertThat(deadLetter.toString()).doesNotContain("NHS number").contains("24 bytes");
    }

    @Test
    void showsAKeyThatIsNotTextAsHex() {
        DeadLetter deadLetter =
                new DeadLetter(DLQ, 0, 0, Instant.EPOCH, new byte[] {0, (byte) 0xff}, null, new RecordHeaders());

        assertThat(deadLetter.keyText()).isEqualTo("hex:00ff");
        assertThat(deadLetter.valueSize()).isEqualTo(-1);
    }

    @Test
    void printsHeaderTextOnOneLine() {
        assertThat(ListDeadLetters.printable("poison: bad\nline\u0007")).isEqualTo("poison: bad\\nline\\u0007");
        assertThat(ListDeadLetters.printable(null)).isEqualTo("(none)");
    }

    private static DeadLetter deadLetter(Headers headers) {
        return new DeadLetter(
                DLQ, 2, 5, Instant.EPOCH, "key".getBytes(UTF_8), "NHS number 943 476 5919!".getBytes(UTF_8), headers);
    }

    /** The headers Spring Kafka's recoverer and Candour's policy give a poison record, among the original's. */
    private static Headers deadLetteredBySpring() {
        Headers headers = new RecordHeaders();
        headers.add("ce_id", "6d1f0a4e-0000-4000-8000-000000000001".getBytes(UTF_8));
        headers.add("ce_type", "org.candour.intake.concern-raised.v1".getBytes(UTF_8));
        headers.add("content-type", "application/json".getBytes(UTF_8));
        headers.add("traceparent", "00-abc-def-01".getBytes(UTF_8));
        headers.add("kafka_dlt-original-topic", "candour.intake.concern-raised.v1".getBytes(UTF_8));
        headers.add(
                "kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(2).array());
        headers.add(
                "kafka_dlt-original-offset",
                ByteBuffer.allocate(8).putLong(4_294_967_301L).array());
        headers.add("kafka_dlt-original-consumer-group", "classification".getBytes(UTF_8));
        headers.add("kafka_dlt-exception-fqcn", "ListenerExecutionFailedException".getBytes(UTF_8));
        headers.add("kafka_dlt-exception-message", "Listener failed".getBytes(UTF_8));
        headers.add("candour_dlq_reason", "poison: Data is not a valid ConcernRaisedV1".getBytes(UTF_8));
        return headers;
    }

    private static List<String> names(Headers headers) {
        List<String> names = new ArrayList<>();
        for (Header header : headers) {
            names.add(header.key());
        }
        return names;
    }
}
