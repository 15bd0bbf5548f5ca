package org.candour.classification.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.classification.RaisedConcerns;
import org.candour.classification.Reviewers;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.ConcernSignal;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.candour.messaging.OutboxRelay;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"candour.messaging.relay.interval=50ms"})
@AutoConfigureRestTestClient
@DirtiesContext
class TriageQueueIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventType<ConcernRaisedV1> RAISED = EventType.CONCERN_RAISED_V1;
    private static final EventType<ConcernClassifiedV2> CLASSIFIED = EventType.CONCERN_CLASSIFIED_V2;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final String REASON = "The reporter phoned back: a nurse gave the wrong insulin dose twice.";

    private static TopicProbe classified;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxRelay relay;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("triage_it", registry);
        Reviewers.register(registry);
    }

    @BeforeAll
    static void watchTopic() {
        classified = TopicProbe.on(infrastructure.kafkaBootstrapServers(), CLASSIFIED.topic());
    }

    @AfterAll
    static void stopWatching() {
        classified.close();
    }

    @Test
    void meaninglessConcernWaitsInTheQueueUntilAReviewerCorrectsIt() {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");
        String concernId = concern.concernId().toString();

        as(Reviewers.QUALITY_LEAD)
                .get()
                .uri("/api/v1/triage")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.concernId == '%s')].reference".formatted(concernId))
                .isEqualTo(List.of(concern.reference()))
                .jsonPath("$[?(@.concernId == '%s')].providerName".formatted(concernId))
                .isEqualTo(List.of(RaisedConcerns.MANCHESTER.name()))
                .jsonPath("$[?(@.concernId == '%s')].revision".formatted(concernId))
                .isEqualTo(List.of(1))
                .jsonPath("$[?(@.concernId == '%s')].primaryDomain".formatted(concernId))
                .isEqualTo(List.of("EXPERIENCE"))
                .jsonPath("$[?(@.concernId == '%s')].harm".formatted(concernId))
                .isEqualTo(List.of("UNKNOWN"))
                .jsonPath("$[?(@.concernId == '%s')].triageReasons[0]".formatted(concernId))
                .isEqualTo(List.of("the description is too short to classify: 1 word with meaning and no cue"));
        as(Reviewers.QUALITY_LEAD)
                .get()
                .uri("/api/v1/triage/{concernId}", concernId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.current.revision")
                .isEqualTo(1)
                .jsonPath("$.current.needsTriage")
                .isEqualTo(true)
                .jsonPath("$.current.domains[0].evidence[0]")
                .isEqualTo("no domain cue matched; needs a person to confirm")
                .jsonPath("$.reviews")
                .isEmpty();

        Map<String, Object> correction = correction(1);
        correction.put("reviewer", "someone.else@example.org");
        as(Reviewers.QUALITY_LEAD)
                .post()
                .uri("/api/v1/classifications/{concernId}/reviews", concernId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(correction))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .location("/api/v1/classifications/" + concernId)
                .expectBody()
                .jsonPath("$.fromRevision")
                .isEqualTo(1)
                .jsonPath("$.toRevision")
                .isEqualTo(2)
                .jsonPath("$.reviewer")
                .isEqualTo(Reviewers.QUALITY_LEAD);

        String corrected = "corrected by " + Reviewers.QUALITY_LEAD + ": " + REASON;
        await().untilAsserted(() -> assertThat(classified.recordsWithKey(concernId))
                .hasSize(2)
                .last()
                .satisfies(record -> {
                    ConcernClassifiedV2 event = JSON.readValue(record.value(), ConcernClassifiedV2.class);
                    assertThat(event.revision()).isEqualTo(2);
                    assertThat(event.review())
                            .isEqualTo(new ConcernClassifiedV2.Review(Reviewers.QUALITY_LEAD, REASON));
                    assertThat(event.needsTriage()).isFalse();
                    assertThat(event.triageReasons()).isEmpty();
                    assertThat(event.primaryDomain()).isEqualTo(QualityDomain.SAFE);
                    assertThat(event.domains().getFirst().confidence()).isEqualTo(1.0);
                    assertThat(event.domains().getFirst().evidence()).containsExactly(corrected);
                    assertThat(event.harm().level()).isEqualTo(HarmLevel.MODERATE);
                    assertThat(event.harm().evidence()).containsExactly(corrected);
                    assertThat(event.incidentCategory().category()).isEqualTo(IncidentCategory.MEDICATION);
                    assertThat(event.professionals())
                            .extracting(
                                    ProfessionalTag::role,
                                    ProfessionalTag::fitnessToPractise,
                                    ProfessionalTag::confidence)
                            .containsExactly(tuple(ProfessionalRole.NURSE, true, 1.0));
                    assertThat(event.signals())
                            .singleElement()
                            .satisfies(signal -> assertThat(signal.signal()).isEqualTo(ConcernSignal.RECURRING));
                    // The complaint status was confirmed, so it keeps the classifier's evidence.
                    assertThat(event.complaint().status()).isEqualTo(ComplaintStatus.NONE);
                    assertThat(event.complaint().evidence()).doesNotContain(corrected);
                    assertThat(event.urgent()).isFalse();
                }));
        assertThat(queued(concernId)).isFalse();
        as(Reviewers.FTSU_GUARDIAN)
                .get()
                .uri("/api/v1/classifications/{concernId}/reviews", concernId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].reviewer")
                .isEqualTo(Reviewers.QUALITY_LEAD)
                .jsonPath("$[0].reason")
                .isEqualTo(REASON)
                .jsonPath("$[0].reviewedAt")
                .value(at -> assertThat(Instant.parse((String) at)).isBeforeOrEqualTo(Instant.now()))
                .jsonPath("$[0].changes[?(@.field == 'primaryDomain')].before")
                .isEqualTo(List.of("EXPERIENCE"))
                .jsonPath("$[0].changes[?(@.field == 'primaryDomain')].after")
                .isEqualTo(List.of("SAFE"))
                .jsonPath("$[0].changes[?(@.field == 'harm')].after")
                .isEqualTo(List.of("MODERATE"))
                .jsonPath("$[0].changes[?(@.field == 'professionals')].before")
                .isEqualTo(List.of("none"))
                .jsonPath("$[0].changes[?(@.field == 'professionals')].after")
                .isEqualTo(List.of("NURSE (NMC): fitness to practise may be in question"))
                .jsonPath("$[0].changes[?(@.field == 'needsTriage')].after")
                .isEqualTo(List.of("false"))
                .jsonPath("$[0].changes[?(@.field == 'complaintStatus')]")
                .isEmpty();
        as(Reviewers.QUALITY_LEAD)
                .get()
                .uri("/api/v1/classifications/{concernId}", concernId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revision")
                .isEqualTo(2)
                .jsonPath("$.review.reviewer")
                .isEqualTo(Reviewers.QUALITY_LEAD)
                .jsonPath("$.needsTriage")
                .isEqualTo(false)
                .jsonPath("$.findings.needsTriage")
                .isEqualTo(true);
        assertThat(revisions(concern.concernId())).isEqualTo(2);
    }

    @Test
    void reviewBasedOnARevisionNoLongerCurrentIsAConflictAndChangesNothing() {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");
        String concernId = concern.concernId().toString();
        review(Reviewers.FTSU_GUARDIAN, concernId, correction(1)).expectStatus().isCreated();

        review(Reviewers.QUALITY_LEAD, concernId, correction(1))
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Classification reviewed by someone else")
                .jsonPath("$.currentRevision")
                .isEqualTo(2);

        assertThat(revisions(concern.concernId())).isEqualTo(2);
        assertThat(reviews(concern.concernId())).isEqualTo(1);
        await().until(() -> relay.pending() == 0);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(classified.recordsWithKey(concernId)).hasSize(2));
    }

    @Test
    void confirmationWithoutChangesStillMakesARevisionThatLiftsTheTriageHold() {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");
        String concernId = concern.concernId().toString();
        Map<String, Object> confirmation = new HashMap<>(Map.of(
                "basedOnRevision", 1,
                "reason", "Read it with the reporter: it is about waiting, nothing more.",
                "primaryDomain", "EXPERIENCE",
                "domains", List.of("EXPERIENCE"),
                "harm", "UNKNOWN",
                "incidentCategory", "OTHER",
                "professionals", List.of(),
                "complaintStatus", "NONE",
                "signals", List.of()));

        review(Reviewers.QUALITY_LEAD, concernId, confirmation)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.changes.length()")
                .isEqualTo(1)
                .jsonPath("$.changes[0].field")
                .isEqualTo("needsTriage");

        await().untilAsserted(() -> assertThat(classified.recordsWithKey(concernId))
                .hasSize(2)
                .last()
                .satisfies(record -> {
                    ConcernClassifiedV2 event = JSON.readValue(record.value(), ConcernClassifiedV2.class);
                    assertThat(event.revision()).isEqualTo(2);
                    assertThat(event.needsTriage()).isFalse();
                    assertThat(event.domains().getFirst().evidence())
                            .containsExactly("no domain cue matched; needs a person to confirm");
                }));
        assertThat(queued(concernId)).isFalse();
    }

    @Test
    void withoutSigningInTheQueueAndReviewsAreRefusedAndNothingChanges() {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");
        String concernId = concern.concernId().toString();

        http.get().uri("/api/v1/triage").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/api/v1/triage/{concernId}", concernId)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get()
                .uri("/api/v1/classifications/{concernId}/reviews", concernId)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.post()
                .uri("/api/v1/classifications/{concernId}/reviews", concernId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(correction(1)))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(revisions(concern.concernId())).isEqualTo(1);
        assertThat(queued(concernId)).isTrue();
    }

    static Stream<Arguments> badReviews() {
        return Stream.of(
                Arguments.of("no reason", without("reason"), 400, "reason"),
                Arguments.of("a reason too short", with("reason", "wrong"), 400, "reason"),
                Arguments.of("a reason too long", with("reason", "x".repeat(100_000)), 400, "reason"),
                Arguments.of("a reason hiding text", with("reason", "Looks fine \u202Eto me, honestly"), 400, "reason"),
                Arguments.of("no harm", without("harm"), 400, "harm"),
                Arguments.of("no professionals list", without("professionals"), 400, "professionals"),
                Arguments.of("an unknown harm", with("harm", "VERY_BAD"), 400, "harm"),
                Arguments.of("an unknown signal", with("signals", List.of("GOSSIP")), 400, "signals[0]"),
                Arguments.of(
                        "fitness to practise for a healthcare assistant",
                        with(
                                "professionals",
                                List.of(Map.of("role", "HEALTHCARE_ASSISTANT", "fitnessToPractise", true))),
                        422,
                        "professionals[0].fitnessToPractise"),
                Arguments.of(
                        "a primary domain that is not one of the domains",
                        with("primaryDomain", "WELL_LED"),
                        422,
                        "primaryDomain"),
                Arguments.of("a domain twice", with("domains", List.of("SAFE", "SAFE")), 422, "domains[1]"),
                Arguments.of("no revision", without("basedOnRevision"), 400, "basedOnRevision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReviews")
    void badReviewIsAProblemNamingTheFieldAndMakesNoRevision(
            String what, java.util.function.UnaryOperator<Map<String, Object>> breaking, int status, String field) {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");

        review(Reviewers.QUALITY_LEAD, concern.concernId().toString(), breaking.apply(correction(1)))
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString()).contains(field))
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("xxxxxxxxxx"));

        assertThat(revisions(concern.concernId())).isEqualTo(1);
        assertThat(reviews(concern.concernId())).isZero();
        assertThat(queued(concern.concernId().toString())).isTrue();
    }

    @Test
    void reviewOfAnUnknownConcernIsANotFoundProblem() {
        review(Reviewers.QUALITY_LEAD, UUID.randomUUID().toString(), correction(1))
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Concern not classified");
    }

    private RestTestClient as(String reviewer) {
        return http.mutate()
                .defaultHeaders(headers -> Reviewers.signIn(headers, reviewer))
                .build();
    }

    private RestTestClient.ResponseSpec review(String reviewer, String concernId, Map<String, Object> body) {
        return as(reviewer)
                .post()
                .uri("/api/v1/classifications/{concernId}/reviews", concernId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .exchange();
    }

    static Map<String, Object> correction(int basedOnRevision) {
        Map<String, Object> body = new HashMap<>();
        body.put("basedOnRevision", basedOnRevision);
        body.put("reason", REASON);
        body.put("primaryDomain", "SAFE");
        body.put("domains", List.of("SAFE"));
        body.put("harm", "MODERATE");
        body.put("incidentCategory", "MEDICATION");
        body.put("professionals", List.of(Map.of("role", "NURSE", "fitnessToPractise", true)));
        body.put("complaintStatus", "NONE");
        body.put("signals", List.of("RECURRING"));
        return body;
    }

    private static java.util.function.UnaryOperator<Map<String, Object>> without(String field) {
        return body -> {
            body.remove(field);
            return body;
        };
    }

    private static java.util.function.UnaryOperator<Map<String, Object>> with(String field, Object value) {
        return body -> {
            body.put(field, value);
            return body;
        };
    }

    private ConcernRaisedV1 raiseAndAwaitClassification(String description) {
        ConcernRaisedV1 concern = RaisedConcerns.about(description);
        events.publish(RAISED, concern.concernId(), concern, UUID.randomUUID());
        await().until(() -> revisions(concern.concernId()) == 1);
        return concern;
    }

    private boolean queued(String concernId) {
        String queue = as(Reviewers.QUALITY_LEAD)
                .get()
                .uri("/api/v1/triage")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return String.valueOf(queue).contains(concernId);
    }

    private long revisions(UUID concernId) {
        return jdbc.sql("select count(*) from classification_revision where concern_id = ?")
                .param(concernId)
                .query(Long.class)
                .single();
    }

    private long reviews(UUID concernId) {
        return jdbc.sql("select count(*) from classification_review where concern_id = ?")
                .param(concernId)
                .query(Long.class)
                .single();
    }
}
