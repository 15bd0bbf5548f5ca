package org.candour.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.messaging.DeadLetters;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.SampleConcerns;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tool against a real broker, on dead letters made by the real messaging conventions: the listener container's
 * dead-letter policy (poison; retries exhausted) and {@link DeadLetters#publish} (a record set aside and given up
 * on, without Spring's {@code kafka_dlt-*} headers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeadLettersCommandIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final String SERVERS = infrastructure.kafkaBootstrapServers();
    private static final EventType<ConcernRaisedV1> RAISED = EventType.CONCERN_RAISED_V1;
    private static final String DLQ = RAISED.deadLetterTopic("dead-letters-test");
    private static final EventPublisher events = new EventPublisher(SERVERS);

    private static TopicProbe raised;
    private static TopicProbe deadLettered;

    @Autowired
    DeadLetters deadLetters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("dead_letters_test", registry);
    }

    @BeforeAll
    static void watchTopics() {
        raised = TopicProbe.on(SERVERS, RAISED.topic());
        deadLettered = TopicProbe.on(SERVERS, DLQ);
    }

    @AfterAll
    static void stopWatching() {
        raised.close();
        deadLettered.close();
    }

    @Test
    void poisonIsListedWithItsReasonAndReplayedToItsTopicAsItWasWithoutTheDeadLetterHeaders() {
        UUID key = UUID.randomUUID();
        events.publishRaw(RAISED, key, "{not json");
        ConsumerRecord<String, String> dead = awaitDeadLetter(key);
        String position = dead.partition() + ":" + dead.offset();
        String from = DLQ + "/" + dead.partition() + "/" + dead.offset();

        Run list = run("list", "--topic", DLQ);

        assertThat(list.exit()).isZero();
        assertThat(list.out())
                .startsWith(DLQ + " (")
                .contains("  " + position + " at ")
                .contains("key:      " + key + "\n")
                .contains("ce_type:  " + RAISED.type() + "\n")
                .contains("ce_id:    " + TopicProbe.header(dead, CloudEventHeaders.ID) + "\n")
                .contains("original: " + RAISED.topic() + " partition ")
                .contains("reason:   poison: Data is not a valid ConcernRaisedV1")
                .contains("value:    9 bytes (not shown)")
                .doesNotContain("not json");

        Run replay = run("replay", DLQ, position);

        assertThat(replay.exit()).isZero();
        assertThat(replay.out())
                .startsWith("Replayed " + from + " to " + RAISED.topic() + " partition ")
                .contains("key " + key + ", ce_type " + RAISED.type());
        ConsumerRecord<String, String> replayed = awaitReplayed(raised, key, from);
        assertThat(replayed.value()).isEqualTo("{not json");
        assertThat(headerNames(replayed))
                .noneMatch(name -> name.startsWith("kafka_dlt-"))
                .doesNotContain(DeadLetters.REASON_HEADER);
        assertThat(headers(replayed)).containsExactlyElementsOf(withReplayMark(originalHeaders(dead), from));
        // Still poison, so the policy dead-letters it again, and the second dead letter says it was a replay.
        await().untilAsserted(() -> assertThat(deadLettered.recordsWithKey(key.toString()))
                .hasSize(2)
                .last()
                .satisfies(again -> assertThat(TopicProbe.header(again, DeadLetterHeaders.REPLAYED_FROM))
                        .isEqualTo(from)));
    }

    @Test
    void aRecordThatRanOutOfRetriesIsAppliedOnceByItsReplayHoweverOftenItIsReplayed() {
        ConcernRaisedV1 concern = SampleConcerns.raised();
        DeadLetteringApplication.failing.add(concern.concernId());
        events.publish(RAISED, concern.concernId(), concern);
        ConsumerRecord<String, String> dead = awaitDeadLetter(concern.concernId());
        assertThat(TopicProbe.header(dead, DeadLetters.REASON_HEADER)).startsWith("retries exhausted: ");
        DeadLetteringApplication.failing.remove(concern.concernId());
        String position = dead.partition() + ":" + dead.offset();

        assertThat(run("replay", DLQ, position).exit()).isZero();
        assertThat(run("replay", DLQ, position).exit()).isZero();
        // The same key lands on the same partition, so once this is applied both replays have been read.
        ConcernRaisedV1 after = SampleConcerns.raised();
        events.publish(RAISED, concern.concernId(), after);

        await().until(() -> DeadLetteringApplication.timesApplied(after.concernId()) == 1);
        assertThat(DeadLetteringApplication.timesApplied(concern.concernId())).isEqualTo(1);
    }

    @Test
    void aRecordSetAsideAndGivenUpOnIsListedAndReplayedToTheTopicItsDeadLetterTopicIsNamedAfter() {
        EventType<?> classified = EventType.CONCERN_CLASSIFIED_V2;
        String group = "sweeper"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String setAside = classified.deadLetterTopic(group);
        createTopic(classified.topic());
        UUID key = UUID.randomUUID();
        Map<String, String> ceHeaders = Map.of(
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, classified.type(),
                CloudEventHeaders.SPEC_VERSION, "1.0");
        deadLetters.publish(
                classified.topic(),
                group,
                key.toString().getBytes(UTF_8),
                "{\"concernId\":\"x\"}".getBytes(UTF_8),
                ceHeaders,
                "Concern " + key + " was not raised by intake within 120 seconds");

        Run list = runAgainstTheEmbeddedDefault("list");

        assertThat(list.exit()).isZero();
        Matcher listed = Pattern.compile(Pattern.quote(setAside + " (1 dead letter)\n  ") + "(\\d+):0 at ")
                .matcher(list.out());
        assertThat(listed.find()).as(list.out()).isTrue();
        assertThat(list.out())
                .contains("original: " + classified.topic() + " (derived from the dead-letter topic's name")
                .contains("reason:   waited out: Concern " + key + " was not raised by intake within 120 seconds")
                .contains("ce_id:    " + ceHeaders.get(CloudEventHeaders.ID));

        Run replay = runAgainstTheEmbeddedDefault("replay", "--all", setAside);

        assertThat(replay.exit()).isZero();
        String from = setAside + "/" + listed.group(1) + "/0";
        assertThat(replay.out())
                .startsWith("Replayed " + from + " to " + classified.topic() + " partition ")
                .contains("(topic derived from the dead-letter topic's name)");
        try (TopicProbe original = TopicProbe.on(SERVERS, classified.topic())) {
            ConsumerRecord<String, String> replayed = awaitReplayed(original, key, from);
            assertThat(replayed.value()).isEqualTo("{\"concernId\":\"x\"}");
            assertThat(headerNames(replayed))
                    .containsExactlyInAnyOrder(
                            CloudEventHeaders.ID,
                            CloudEventHeaders.TYPE,
                            CloudEventHeaders.SPEC_VERSION,
                            DeadLetterHeaders.REPLAYED_FROM);
            ceHeaders.forEach((name, value) ->
                    assertThat(TopicProbe.header(replayed, name)).isEqualTo(value));
        }
    }

    @Test
    void refusesTopicsAndPositionsThatAreNotThereAndTopicsThatAreNotDeadLetterTopics() {
        UUID key = UUID.randomUUID();
        events.publishRaw(RAISED, key, "{not json");
        ConsumerRecord<String, String> dead = awaitDeadLetter(key);

        Run notDeadLetters = run("replay", RAISED.topic(), "0:0");
        Run unknown = run("list", "--topic", "candour.nothing.v1.nobody.dlq");
        Run beyond = run("replay", DLQ, dead.partition() + ":999999");
        Run noPartition = run("replay", DLQ, "99:0");
        Run oneBadAmongGood = run("replay", DLQ, dead.partition() + ":" + dead.offset(), "99:0");

        assertThat(notDeadLetters.exit()).isEqualTo(2);
        assertThat(notDeadLetters.err()).contains("'" + RAISED.topic() + "' is not a dead-letter topic");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err())
                .contains("There is no topic candour.nothing.v1.nobody.dlq on " + SERVERS)
                .contains(DLQ);
        assertThat(beyond.exit()).isEqualTo(1);
        assertThat(beyond.err())
                .contains("There is no record at " + DLQ + " " + dead.partition() + ":999999: partition "
                        + dead.partition() + " holds offset");
        assertThat(noPartition.exit()).isEqualTo(1);
        assertThat(noPartition.err()).contains(DLQ + " has no partition 99: it has partitions [0, 1, 2]");
        assertThat(oneBadAmongGood.exit()).isEqualTo(1);
        assertThat(oneBadAmongGood.out()).doesNotContain("Replayed");
        // Had the refused replay published the good position, it would be on the partition before this one.
        String from = DLQ + "/" + dead.partition() + "/" + dead.offset();
        Matcher replayed = Pattern.compile("partition (\\d+) offset (\\d+)")
                .matcher(run("replay", DLQ, dead.partition() + ":" + dead.offset())
                        .out());
        assertThat(replayed.find()).isTrue();
        long offset = Long.parseLong(replayed.group(2));
        await().until(() ->
                raised.recordsWithKey(key.toString()).stream().anyMatch(record -> record.offset() == offset));
        assertThat(raised.recordsWithKey(key.toString()))
                .filteredOn(record -> from.equals(TopicProbe.header(record, DeadLetterHeaders.REPLAYED_FROM)))
                .as("replayed once, by the replay that was not refused")
                .singleElement()
                .extracting(ConsumerRecord::offset)
                .isEqualTo(offset);
    }

    @Test
    void refusesToReplayToAnOriginalTopicThatDoesNotExist() {
        String topic = "candour.gone"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".v1";
        deadLetters.publish(topic, "routing", null, new byte[] {1}, Map.of(), "a test");

        Run replay = run("replay", "--all", EventType.deadLetterTopic(topic, "routing"));

        assertThat(replay.exit()).isEqualTo(1);
        assertThat(replay.err())
                .contains("The original topic " + topic + " of " + EventType.deadLetterTopic(topic, "routing") + "/")
                .contains("/0 does not exist on " + SERVERS + ", so nothing was replayed");
    }

    @Test
    void saysSoWhenNoBrokerAnswers() {
        Run list = run("list", "--bootstrap-server", "127.0.0.1:1");

        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.err()).contains("Kafka at 127.0.0.1:1 did not answer").contains("--bootstrap-server");
    }

    @Test
    void readsTheReasonFromTheHeaderMessagingWrites() {
        assertThat(DeadLetterHeaders.REASON).isEqualTo(DeadLetters.REASON_HEADER);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(UUID key) {
        return await().until(() -> deadLettered.recordsWithKey(key.toString()), records -> !records.isEmpty())
                .getFirst();
    }

    private static ConsumerRecord<String, String> awaitReplayed(TopicProbe probe, UUID key, String from) {
        return await().until(
                        () -> probe.recordsWithKey(key.toString()).stream()
                                .filter(record ->
                                        from.equals(TopicProbe.header(record, DeadLetterHeaders.REPLAYED_FROM)))
                                .toList(),
                        records -> records.size() == 1)
                .getFirst();
    }

    private static List<String> headerNames(ConsumerRecord<?, ?> record) {
        return headers(record).stream().map(Map.Entry::getKey).toList();
    }

    private static List<Map.Entry<String, String>> headers(ConsumerRecord<?, ?> record) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(Map.entry(header.key(), new String(header.value(), UTF_8)));
        }
        return headers;
    }

    private static List<Map.Entry<String, String>> originalHeaders(ConsumerRecord<?, ?> deadLetter) {
        return headers(deadLetter).stream()
                .filter(header -> !DeadLetterHeaders.addedByDeadLettering(header.getKey()))
                .toList();
    }

    private static List<Map.Entry<String, String>> withReplayMark(
            List<Map.Entry<String, String>> headers, String from) {
        List<Map.Entry<String, String>> marked = new ArrayList<>(headers);
        marked.add(Map.entry(DeadLetterHeaders.REPLAYED_FROM, from));
        return marked;
    }

    private static void createTopic(String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", SERVERS);
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Run run(String... args) {
        List<String> withServer = new ArrayList<>(List.of(args));
        if (!withServer.contains("--bootstrap-server")) {
            withServer.addAll(List.of("--bootstrap-server", SERVERS));
        }
        return execute(withServer, "127.0.0.1:1");
    }

    /** As {@code ./candour dead-letters} runs it, with the test's broker where the embedded default's would be. */
    private static Run runAgainstTheEmbeddedDefault(String... args) {
        return execute(List.of(args), SERVERS);
    }

    private static Run execute(List<String> args, String embeddedBroker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DeadLettersCommand.run(
                args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), embeddedBroker);
        return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    private record Run(int exit, String out, String err) {}
}
