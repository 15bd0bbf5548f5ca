package org.candour.delivery.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.candour.events.AffectedPerson;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedBefore;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full case a national body fetches: routed cases and raised concerns arrive on the real broker
 * as routing and intake publish them, and the body reads its own case with a signed token from a
 * stand-in issuer; the real PostgreSQL records every fetch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class CaseFileIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final TestIssuer issuer = new TestIssuer();
    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private static final String NHS_NUMBER = "943 476 5919";
    private static final String DESCRIPTION = "On ward 7 the patient (NHS number " + NHS_NUMBER
            + ", DOB 12/03/1951) was left without pain relief for 9 hours; call his daughter on 07700 900123.";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConcernSummaries summaries;

    @Autowired
    RoutedCases routedCases;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("delivery_casefile_it", registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::uri);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void aRaisedConcernLeavesOnlyItsRedactedSummaryAndNeverLogsTheDescription(CapturedOutput output) {
        ConcernRaisedV1 raised = raised(UUID.randomUUID(), DESCRIPTION);

        events.publish(EventType.CONCERN_RAISED_V1, raised.concernId(), raised, UUID.randomUUID());

        String summary = eventually()
                .until(() -> summaries.find(raised.concernId()), found -> found.isPresent())
                .orElseThrow();
        assertThat(summary)
                .contains("[NHS number]")
                .contains("[date of birth]")
                .contains("[phone number]")
                .contains("left without pain relief for 9 hours")
                .doesNotContain(NHS_NUMBER)
                .doesNotContain("9434765919")
                .doesNotContain("07700 900123")
                .doesNotContain("12/03/1951");
        assertThat(jdbc.sql("select count(*) from concern_summary where summary like '%943 476 5919%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(output.getAll())
                .contains("Concern " + raised.concernId() + " (" + raised.reference() + ") summarised")
                .doesNotContain(NHS_NUMBER)
                .doesNotContain("07700 900123");
    }

    @Test
    void aLongDescriptionIsCutToAFiveHundredCharacterSummary() {
        ConcernRaisedV1 raised = raised(UUID.randomUUID(), "Staffing was short again tonight. ".repeat(40));

        events.publish(EventType.CONCERN_RAISED_V1, raised.concernId(), raised, UUID.randomUUID());

        String summary = eventually()
                .until(() -> summaries.find(raised.concernId()), found -> found.isPresent())
                .orElseThrow();
        assertThat(summary).hasSizeLessThanOrEqualTo(500).endsWith("…");
    }

    @Test
    void theBodyACaseWasRoutedToFetchesItWholeWithTheRedactedSummaryAndTheFetchIsRecorded() throws Exception {
        UUID concernId = UUID.randomUUID();
        events.publish(EventType.CONCERN_RAISED_V1, concernId, raised(concernId, DESCRIPTION), UUID.randomUUID());
        CaseRoutedV1 routed = routed(concernId, Destination.CQC, "Care Quality Commission");
        events.publish(EventType.CASE_ROUTED_V1, concernId, routed, UUID.randomUUID());
        eventually()
                .until(() -> routedCases.find(routed.caseId()).isPresent()
                        && summaries.find(concernId).isPresent());

        HttpResponse<String> fetched =
                get("/api/v1/bodies/CQC/cases/" + routed.caseId(), issuer.bodyToken("CQC", "notifications.read"));

        assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode file = JSON.readTree(fetched.body());
        assertThat(file.get("caseId").asString()).isEqualTo(routed.caseId().toString());
        assertThat(file.get("reference").asString()).isEqualTo(routed.reference());
        assertThat(file.get("destination").asString()).isEqualTo("CQC");
        assertThat(file.get("harm").asString()).isEqualTo("SEVERE");
        assertThat(file.get("urgent").asBoolean()).isTrue();
        assertThat(file.get("primaryDomain").asString()).isEqualTo("SAFE");
        assertThat(file.at("/domains/1").asString()).isEqualTo("WELL_LED");
        assertThat(file.at("/provider/odsCode").asString()).isEqualTo("R0A");
        assertThat(file.at("/flags/0/kind").asString()).isEqualTo("IMMEDIATE_DANGER");
        assertThat(file.at("/reasons/0").asString()).isEqualTo("Severe harm in a registered service");
        assertThat(file.get("policyVersion").asString()).isEqualTo("routing-2026.1");
        assertThat(file.get("notificationId").asString()).isNotBlank();
        assertThat(file.get("summary").asString()).contains("[NHS number]").doesNotContain(NHS_NUMBER);
        assertThat(fetched.body()).doesNotContain("concernId").doesNotContain("identity");
        assertThat(fetches(routed.caseId())).singleElement().isEqualTo("CQC body-CQC");
    }

    @Test
    void anotherBodysCaseAndAnUnknownCaseAreNotFoundAlikeAndNothingIsRecorded() throws Exception {
        UUID concernId = UUID.randomUUID();
        CaseRoutedV1 routed = routed(concernId, Destination.GMC, "General Medical Council");
        events.publish(EventType.CASE_ROUTED_V1, concernId, routed, UUID.randomUUID());
        eventually().until(() -> routedCases.find(routed.caseId()).isPresent());
        String cqc = issuer.bodyToken("CQC", "notifications.read");

        HttpResponse<String> viaOwnPath = get("/api/v1/bodies/CQC/cases/" + routed.caseId(), cqc);
        HttpResponse<String> viaOtherPath = get("/api/v1/bodies/GMC/cases/" + routed.caseId(), cqc);
        HttpResponse<String> unknown = get("/api/v1/bodies/CQC/cases/" + UUID.randomUUID(), cqc);

        assertThat(List.of(viaOwnPath, viaOtherPath, unknown)).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(fetches(routed.caseId())).isEmpty();

        HttpResponse<String> own =
                get("/api/v1/bodies/GMC/cases/" + routed.caseId(), issuer.bodyToken("GMC", "notifications.read"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("summary").isNull()).isTrue();
        assertThat(fetches(routed.caseId())).containsExactly("GMC body-GMC");
    }

    @Test
    void withoutATokenItIs401WithoutTheScopeItIs403AndABadIdOrBodyIs400() throws Exception {
        String path = "/api/v1/bodies/CQC/cases/" + UUID.randomUUID();

        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, issuer.bodyToken("CQC", "webhooks.manage")).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/bodies/CQC/cases/not-a-uuid", issuer.bodyToken("CQC", "notifications.read"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(get(
                                "/api/v1/bodies/ICS_QUALITY_GROUP/cases/" + UUID.randomUUID(),
                                issuer.bodyToken("CQC", "notifications.read"))
                        .statusCode())
                .isEqualTo(400);
    }

    private List<String> fetches(UUID caseId) {
        return jdbc.sql("select body_code || ' ' || client_id from case_fetch where case_id = ? order by id")
                .param(caseId)
                .query(String.class)
                .list();
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30));
    }

    private static ConcernRaisedV1 raised(UUID concernId, String description) {
        return new ConcernRaisedV1(
                concernId,
                "QC-2026-" + REFERENCES.incrementAndGet(),
                Instant.now(),
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                null,
                new Occurred(LocalDate.of(2026, 11, 20), null),
                description,
                List.of(AffectedPerson.PATIENT),
                HarmLevel.SEVERE,
                false,
                List.of(),
                RaisedBefore.notRaised(),
                IdentityChoice.NAMED);
    }

    private static CaseRoutedV1 routed(UUID concernId, Destination destination, String recipientName) {
        return new CaseRoutedV1(
                UUID.randomUUID(),
                concernId,
                "QC-2026-" + REFERENCES.incrementAndGet(),
                destination,
                destination.name(),
                recipientName,
                List.of("Severe harm in a registered service"),
                Instant.now(),
                "routing-2026.1",
                QualityDomain.SAFE,
                HarmLevel.SEVERE,
                true,
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                List.of(QualityDomain.SAFE, QualityDomain.WELL_LED),
                List.of(new CaseRoutedV1.Flag(CaseRoutedV1.FlagKind.IMMEDIATE_DANGER, "Someone is in danger now")),
                null);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
