package org.candour.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ConcernClassifiedV1;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.OpenApiDocument;
import org.candour.testsupport.TopicProbe;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.messaging.relay.interval=50ms")
class RouteConcernIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final AtomicLong references = new AtomicLong(System.currentTimeMillis() % 100_000_000L);
    private static TopicProbe routed;
    private static TopicProbe deadLetters;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_it", registry);
    }

    @BeforeAll
    static void watch() {
        routed = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CASE_ROUTED_V1.topic());
        deadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CONCERN_CLASSIFIED_V1.deadLetterTopic("routing"));
    }

    @AfterAll
    static void stopWatching() {
        routed.close();
        deadLetters.close();
    }

    @Test
    void classifiedConcernIsRoutedToItsTrustBoardAndIcsQualityGroupWithReasonsAndAnnounced() throws Exception {
        ConcernClassifiedV1 concern = classified(trust("R0A"));

        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern);

        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .hasSize(2));
        List<ConsumerRecord<String, String>> records =
                routed.recordsWithKey(concern.concernId().toString());
        assertThat(records)
                .extracting(record ->
                        JSON.readTree(record.value()).get("destination").asString())
                .containsExactlyInAnyOrder("TRUST_BOARD", "ICS_QUALITY_GROUP");
        assertThat(records)
                .allSatisfy(record -> assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT))
                        .isEqualTo(JSON.readTree(record.value()).get("caseId").asString()));

        JsonNode timeline = JSON.readTree(get(concern.reference()).body());
        JsonNode entries = timeline.get("entries");
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("CLASSIFIED");
        assertThat(entries.get(0).get("primaryDomain").asString()).isEqualTo("SAFE");
        assertThat(entries.get(0).get("domains").get(0).get("evidence").get(0).asString())
                .contains("insulin");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("ROUTED");
        assertThat(entries.get(1).get("destination").asString()).isEqualTo("TRUST_BOARD");
        assertThat(entries.get(1).get("recipientCode").asString()).isEqualTo("R0A");
        assertThat(entries.get(1).get("reasons").get(0).asString()).contains("Manchester University");
        assertThat(entries.get(2).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(entries.get(2).get("recipientCode").asString()).isEqualTo("QOP");
        assertThat(entries.get(2).get("reasons").get(0).asString()).contains("System Quality Group");
    }

    @Test
    void duplicateEventsOpenEachCaseOnceAndAnnounceItOnce() {
        ConcernClassifiedV1 concern = classified(trust("RRK"));
        UUID eventId = UUID.randomUUID();

        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern, eventId);
        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern, eventId);
        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern);
        ConcernClassifiedV1 marker = classified(trust("R0A"));
        events.publish(EventType.CONCERN_CLASSIFIED_V1, marker.concernId(), marker);

        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(marker.concernId().toString())).hasSize(2));
        assertThat(casesOf(concern)).isEqualTo(2);
        assertThat(routed.recordsWithKey(concern.concernId().toString())).hasSize(2);
    }

    @Test
    void concernAboutAProviderOutsideTheDirectoryIsShownAsNeedingTriage() throws Exception {
        ConcernClassifiedV1 concern = classified(trust("ZZZ99"));

        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern);

        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("NEEDS_TRIAGE");
        assertThat(entries.get(1).get("reason").asString()).contains("ZZZ99");
        assertThat(casesOf(concern)).isZero();
    }

    @Test
    void gpPracticeConcernIsRoutedToItsIcsQualityGroupOnly() throws Exception {
        ConcernClassifiedV1 concern =
                classified(new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"));

        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern);

        // The decision and its cases commit together, so once the timeline exists every case does.
        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.size()).isEqualTo(2);
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("ROUTED");
        assertThat(entries.get(1).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(entries.get(1).get("recipientCode").asString()).isEqualTo("QOP");
        assertThat(entries.get(1).get("reasons").get(0).asString())
                .startsWith("Example Street Surgery is an independent primary-care contractor with no trust board");
        assertThat(casesOf(concern)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select provider_kind, organisation_code, provider_name, provider_icb_code from classification where concern_id = ?")
                        .param(concern.concernId())
                        .query()
                        .singleRow())
                .containsEntry("provider_kind", "GP_PRACTICE")
                .containsEntry("organisation_code", null)
                .containsEntry("provider_name", "Example Street Surgery")
                .containsEntry("provider_icb_code", "QOP");
        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .singleElement()
                .satisfies(record -> assertThat(
                                JSON.readTree(record.value()).get("destination").asString())
                        .isEqualTo("ICS_QUALITY_GROUP")));
    }

    @Test
    void concernAboutAProviderInAnIcbOutsideTheDirectoryIsShownAsNeedingTriage() throws Exception {
        ConcernClassifiedV1 concern =
                classified(new Provider(ProviderKind.COMMUNITY_PHARMACY, null, "Example Pharmacy", "QZZ"));

        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.concernId(), concern);

        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("NEEDS_TRIAGE");
        assertThat(entries.get(1).get("reason").asString()).contains("QZZ", "Example Pharmacy");
        assertThat(casesOf(concern)).isZero();
    }

    @Test
    void classificationsStoredBeforeProvidersAreKeptAsNhsTrustsNamedByTheirCode() {
        String schema = "legacy_" + Long.toHexString(System.nanoTime());
        UUID concernId = UUID.randomUUID();
        try {
            migrations(schema).target("1").load().migrate();
            jdbc.sql("""
                            insert into %s.classification (concern_id, reference, organisation_code, policy_version,
                              primary_domain, domains, harm, urgent, needs_triage, classified_at,
                              routing_policy_version, routing_outcome, decided_at)
                            values (?, 'QC-2026-000001', 'RRK', 'tagging-2026.1', 'SAFE', '[]', '{}', false, false,
                              now(), 'routing-2026.1', 'ROUTED', now())
                            """.formatted(schema)).param(concernId).update();

            migrations(schema).load().migrate();

            assertThat(jdbc.sql(
                                    "select provider_kind, organisation_code, provider_name, provider_icb_code from %s.classification where concern_id = ?"
                                            .formatted(schema))
                            .param(concernId)
                            .query()
                            .singleRow())
                    .containsEntry("provider_kind", "NHS_TRUST")
                    .containsEntry("organisation_code", "RRK")
                    .containsEntry("provider_name", "RRK")
                    .containsEntry("provider_icb_code", null);
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    @Test
    void poisonIsDeadLetteredAndRoutingCarriesOn() {
        UUID poisonKey = UUID.randomUUID();
        events.publishRaw(EventType.CONCERN_CLASSIFIED_V1, poisonKey, "{\"concernId\": 42");
        ConcernClassifiedV1 next = classified(trust("R0A"));
        events.publish(EventType.CONCERN_CLASSIFIED_V1, next.concernId(), next);

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey.toString()))
                .singleElement()
                .satisfies(dead -> assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                        .startsWith("poison")));
        await().untilAsserted(() -> assertThat(casesOf(next)).isEqualTo(2));
    }

    @Test
    void timelineOfAnUnknownOrMalformedReferenceIsAProblem() throws Exception {
        HttpResponse<String> unknown = get("QC-1999-000001");
        HttpResponse<String> malformed = get("not-a-reference");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).get("detail").asString()).contains("QC-1999-000001");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("title").asString()).isEqualTo("Not a concern reference");
    }

    @Test
    void publishedOpenApiDocumentDescribesTheRunningApi() throws Exception {
        String served = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        JsonNode document = OpenApiDocument.verify("routing", served);

        assertThat(document.at("/paths/~1api~1v1~1concerns~1{reference}~1timeline/get")
                        .isMissingNode())
                .isFalse();
    }

    private long casesOf(ConcernClassifiedV1 concern) {
        return jdbc.sql("select count(*) from routed_case where concern_id = ?")
                .param(concern.concernId())
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> get(String reference) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/concerns/" + reference + "/timeline"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private FluentConfiguration migrations(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration");
    }

    private static Provider trust(String odsCode) {
        return new Provider(ProviderKind.NHS_TRUST, odsCode, "Trust " + odsCode, null);
    }

    private static ConcernClassifiedV1 classified(Provider provider) {
        return new ConcernClassifiedV1(
                UUID.randomUUID(),
                "QC-2026-%08d".formatted(references.incrementAndGet()),
                provider,
                Instant.now(),
                "tagging-test",
                QualityDomain.SAFE,
                List.of(new DomainTag(QualityDomain.SAFE, 0.8, List.of("\"insulin\" suggests SAFE (medication)"))),
                new HarmGrade(HarmLevel.MODERATE, 0.7, List.of("\"extra treatment\" suggests MODERATE")),
                false,
                false);
    }
}
