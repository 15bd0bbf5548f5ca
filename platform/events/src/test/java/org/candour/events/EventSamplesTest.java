package org.candour.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class EventSamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<EventType<?>> eventTypes() {
        return EventType.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void goldenSampleIsValidAgainstItsSchema(EventType<?> type) throws IOException {
        assertThat(schemaOf(type).validate(sampleOf(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void goldenSampleRoundTripsThroughItsRecordUnchanged(EventType<?> type) throws IOException {
        JsonNode sample = sampleOf(type);

        Object event = JSON.treeToValue(sample, type.dataType());
        JsonNode written = JSON.valueToTree(event);

        assertThat(written).isEqualTo(sample);
        assertThat(schemaOf(type).validate(written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleMissingARequiredFieldIsRejectedByRecordAndSchema(EventType<?> type) throws IOException {
        ObjectNode broken = (ObjectNode) sampleOf(type);
        broken.remove("reference");

        assertThat(schemaOf(type).validate(broken)).isNotEmpty();
        assertThatThrownBy(() -> JSON.treeToValue(broken, type.dataType()))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("reference is required");
    }

    /** The consumer groups of each event type; each group has its own dead-letter topic. */
    private static final Map<EventType<?>, List<String>> CONSUMERS = Map.of(
            EventType.CONCERN_RAISED_V1, List.of("classification", "delivery", "routing"),
            EventType.CONCERN_CLASSIFIED_V2, List.of("routing", "intake"),
            EventType.CASE_ROUTED_V1, List.of("delivery", "intake"),
            EventType.CASE_STATUS_CHANGED_V1, List.of("intake"),
            EventType.CASE_DELIVERED_V1, List.of("intake", "routing"));

    @ParameterizedTest
    @MethodSource("eventTypes")
    void asyncApiDocumentDescribesEveryTopicTypeAndDeadLetterTopic(EventType<?> type) throws IOException {
        String asyncApi = Files.readString(Path.of("../../docs/events/asyncapi.yaml"));

        assertThat(asyncApi)
                .contains("asyncapi: 3.")
                .contains("address: " + type.topic())
                .contains("const: " + type.type())
                .contains(CONSUMERS.get(type).stream()
                        .map(group -> "address: " + type.deadLetterTopic(group))
                        .toList());
    }

    /** The AsyncAPI document's example of each message is its golden sample, so the two cannot drift. */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void asyncApiExamplePayloadIsTheGoldenSample(EventType<?> type) throws IOException {
        JsonNode asyncApi = YAMLMapper.builder()
                .build()
                .readTree(Path.of("../../docs/events/asyncapi.yaml").toFile());
        String sampleFile =
                type.sampleResource().substring(type.sampleResource().lastIndexOf('/') + 1);

        List<JsonNode> payloads = asyncApi.get("components").get("messages").values().stream()
                .flatMap(message -> message.path("examples").values().stream())
                .filter(example -> example.path("summary").asString("").endsWith(sampleFile))
                .map(example -> example.get("payload"))
                .toList();

        assertThat(payloads)
                .as("examples copying " + sampleFile)
                .singleElement()
                .isEqualTo(sampleOf(type));
    }

    /** ADR 0003: a field added to a v1 record must not make the records written before it poison. */
    @Test
    void recordsWrittenBeforeTheAddedFieldsStillReadWithEmptyValues() throws IOException {
        ObjectNode caseBefore = (ObjectNode) sampleOf(EventType.CASE_ROUTED_V1);
        caseBefore.remove(List.of("provider", "domains", "flags", "escalation"));
        ObjectNode revisionBefore = (ObjectNode) sampleOf(EventType.CONCERN_CLASSIFIED_V2);
        revisionBefore.remove(List.of("raisedBefore", "readsLike"));

        CaseRoutedV1 routed = JSON.treeToValue(caseBefore, CaseRoutedV1.class);
        ConcernClassifiedV2 classified = JSON.treeToValue(revisionBefore, ConcernClassifiedV2.class);

        assertThat(schemaOf(EventType.CASE_ROUTED_V1).validate(caseBefore)).isEmpty();
        assertThat(routed.provider()).isNull();
        assertThat(routed.domains()).isEmpty();
        assertThat(routed.flags()).isEmpty();
        assertThat(routed.escalation()).isNull();
        assertThat(classified.raisedBefore()).isEmpty();
        assertThat(classified.readsLike()).isEmpty();
    }

    /** The golden sample reads like no destination; one that does keeps its reading through record and schema. */
    @Test
    void aReadingOfTheDestinationsAConcernReadsLikeRoundTripsAndAnUnknownDestinationIsRefused() throws IOException {
        ObjectNode revision = (ObjectNode) sampleOf(EventType.CONCERN_CLASSIFIED_V2);
        ObjectNode reading = revision.putArray("readsLike").addObject();
        reading.put("destination", "CQC").put("probability", 0.71);
        reading.putArray("evidence").add("read as a whole, the concern is like those the corpus sent to CQC");

        ConcernClassifiedV2 classified = JSON.treeToValue(revision, ConcernClassifiedV2.class);

        assertThat(schemaOf(EventType.CONCERN_CLASSIFIED_V2).validate(revision)).isEmpty();
        assertThat(classified.readsLike())
                .containsExactly(new ConcernClassifiedV2.ReadsLikeTag(
                        Destination.CQC,
                        0.71,
                        List.of("read as a whole, the concern is like those the corpus sent to CQC")));
        assertThat(JSON.valueToTree(classified).equals(revision)).isTrue();

        reading.put("destination", "THE_PRESS");
        assertThat(schemaOf(EventType.CONCERN_CLASSIFIED_V2).validate(revision)).isNotEmpty();
    }

    @Test
    void eachIcbHasItsOwnCaseTopicAndAnIcbCodeCannotReachAnotherTopic() {
        assertThat(EventType.icbCasesRouted("QOP").topic()).isEqualTo("candour.routing.icb.QOP.case-routed.v1");
        assertThat(EventType.icbCasesRouted("QOP").type()).isEqualTo(EventType.CASE_ROUTED_V1.type());
        assertThatThrownBy(() -> EventType.icbCasesRouted("QOP.x")).hasMessageContaining("three capital letters");
        assertThatThrownBy(() -> EventType.icbCasesRouted("qop")).hasMessageContaining("three capital letters");
    }

    @Test
    void shortNamesFollowTheTypeVersionSuffix() {
        assertThat(EventType.CONCERN_RAISED_V1.shortName()).isEqualTo("concern-raised.v1");
        assertThat(EventType.CASE_ROUTED_V1.deadLetterTopic("delivery"))
                .isEqualTo("candour.routing.case-routed.v1.delivery.dlq");
    }

    private static Schema schemaOf(EventType<?> type) throws IOException {
        try (InputStream in = resource(type.schemaResource())) {
            return SCHEMAS.getSchema(in);
        }
    }

    private static JsonNode sampleOf(EventType<?> type) throws IOException {
        try (InputStream in = resource(type.sampleResource())) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventSamplesTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
