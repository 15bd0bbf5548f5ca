package org.candour.intake.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV1;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.intake.IntakeProperties;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TopicProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reporter's follow-up inside intake: real events on a real broker become the concern's steps;
 * the handling team asks questions through the API.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.intake.rate-limit.requests-per-minute=10000",
            "candour.intake.identity-keys[0].id=test",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "candour.intake.handling-team-tokens[0]=" + FollowUpIT.TOKEN
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class FollowUpIT {

    static final String TOKEN = "aGFuZGxpbmctdGVhbS10b2tlbi1mb3ItZm9sbG93LXVwLWl0";

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient api = HttpClient.newHttpClient();

    private static TopicProbe classifiedDeadLetters;
    private static TopicProbe routedDeadLetters;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeProperties properties;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_follow_up_it", registry);
    }

    @BeforeAll
    static void watchDeadLetters() {
        classifiedDeadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CONCERN_CLASSIFIED_V1.deadLetterTopic("intake"));
        routedDeadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CASE_ROUTED_V1.deadLetterTopic("intake"));
    }

    @AfterAll
    static void stopWatching() {
        classifiedDeadLetters.close();
        routedDeadLetters.close();
    }

    @Test
    void eachClassificationAndRoutedCaseBecomesOneStepWhateverIsRedelivered() throws Exception {
        Raised concern = raiseAnonymous("Insulin was missed on the night shift.");
        UUID cqcCase = UUID.randomUUID();
        events.publish(EventType.CONCERN_CLASSIFIED_V1, concern.id(), classified(concern, true));
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.TRUST_BOARD, "R0A", 1));
        CaseRoutedV1 toCqc = routed(concern, Destination.CQC, "CQC", 2, cqcCase);
        UUID cqcEvent = events.publish(EventType.CASE_ROUTED_V1, concern.id(), toCqc);
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), toCqc, cqcEvent);
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.CQC, "CQC", 2, cqcCase));
        // Same key, same partition: once this last one is recorded, the redeliveries before it were seen.
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.PHSO, "PHSO", 3));

        await().until(() -> steps(concern).contains("SHARED PHSO PHSO"));
        assertThat(steps(concern))
                .containsExactly("IN_REVIEW null null", "SHARED TRUST_BOARD R0A", "SHARED CQC CQC", "SHARED PHSO PHSO");
    }

    @Test
    void eventsAboutAConcernIntakeNeverAcceptedAreDeadLetteredAtOnce() {
        Raised stranger = new Raised(UUID.randomUUID(), "QC-2026-999999");

        UUID classifiedEvent =
                events.publish(EventType.CONCERN_CLASSIFIED_V1, stranger.id(), classified(stranger, false));
        UUID routedEvent =
                events.publish(EventType.CASE_ROUTED_V1, stranger.id(), routed(stranger, Destination.CQC, "CQC", 1));

        await().untilAsserted(() -> {
            assertThat(classifiedDeadLetters.recordsWithKey(stranger.id().toString()))
                    .singleElement()
                    .satisfies(record -> assertThat(TopicProbe.header(record, "candour_dlq_reason"))
                            .startsWith("poison:")
                            .contains(stranger.id().toString()));
            assertThat(routedDeadLetters.recordsWithKey(stranger.id().toString()))
                    .singleElement()
                    .satisfies(record -> assertThat(TopicProbe.header(record, "candour_dlq_reason"))
                            .startsWith("poison:"));
        });
        assertThat(steps(stranger)).isEmpty();
        assertThat(jdbc.sql("select count(*) from processed_event where event_id in (?, ?)")
                        .params(classifiedEvent, routedEvent)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void handlingTeamAsksTheReporterAndReadsWhatItAsked() throws Exception {
        Raised concern = raiseAnonymous("Questions check");

        HttpResponse<String> asked = ask(concern.reference(), "What time did the shift start?\nWho was in charge?");

        assertThat(asked.statusCode()).isEqualTo(201);
        String questionId = JSON.readTree(asked.body()).get("id").asString();
        assertThat(asked.headers().firstValue("Location"))
                .hasValue("/api/v1/concerns/" + concern.reference() + "/questions/" + questionId);
        JsonNode questions =
                JSON.readTree(apiGet(concern.reference(), "", TOKEN).body());
        assertThat(questions.get("reference").asString()).isEqualTo(concern.reference());
        JsonNode question = questions.get("questions").get(0);
        assertThat(question.propertyNames()).containsExactlyInAnyOrder("id", "text", "askedAt", "answer", "answeredAt");
        assertThat(question.get("text").asString()).isEqualTo("What time did the shift start?\nWho was in charge?");
        assertThat(question.get("answer").isNull()).isTrue();
        HttpResponse<String> one = apiGet(concern.reference(), "/" + questionId, TOKEN);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).get("id").asString()).isEqualTo(questionId);
        assertThat(apiGet(concern.reference(), "/" + UUID.randomUUID(), TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void questionsApiRefusesAnyoneWithoutTheHandlingTeamsTokenAndStoresNothing() throws Exception {
        Raised concern = raiseAnonymous("Token check");

        HttpResponse<String> noToken = api.send(
                HttpRequest.newBuilder(uri("/api/v1/concerns/" + concern.reference() + "/questions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Who are you?\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongToken = ask(concern.reference(), "Who are you?", "x".repeat(48));
        HttpResponse<String> readWithoutToken = apiGet(concern.reference(), "", null);

        for (HttpResponse<String> refused : List.of(noToken, wrongToken, readWithoutToken)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(401);
        }
        assertThat(wrongToken.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
        assertThat(questionsOf(concern)).isZero();
        assertThat(properties.toString()).doesNotContain(TOKEN);

        HttpResponse<String> blank = ask(concern.reference(), "  ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).at("/errors/0/field").asString()).isEqualTo("text");
        assertThat(ask("QC-2099-999998", "Anyone there?").statusCode()).isEqualTo(404);
        assertThat(questionsOf(concern)).isZero();
    }

    private HttpResponse<String> ask(String reference, String text) throws Exception {
        return ask(reference, text, TOKEN);
    }

    private HttpResponse<String> ask(String reference, String text, String token) throws Exception {
        return api.send(
                HttpRequest.newBuilder(uri("/api/v1/concerns/" + reference + "/questions"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiGet(String reference, String rest, @Nullable String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri("/api/v1/concerns/" + reference + "/questions" + rest));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long questionsOf(Raised concern) {
        return jdbc.sql("select count(*) from question where concern_id = ?")
                .param(concern.id())
                .query(Long.class)
                .single();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A concern as its reporter knows it. */
    private record Raised(UUID id, String reference) {}

    private Raised raiseAnonymous(String description) throws Exception {
        HttpResponse<String> response = api.send(
                HttpRequest.newBuilder(uri("/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                "provider",
                                Map.of("kind", "NHS_TRUST", "odsCode", "R0A"),
                                "description",
                                description,
                                "identity",
                                "ANONYMOUS"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        return new Raised(
                UUID.fromString(receipt.get("concernId").asString()),
                receipt.get("reference").asString());
    }

    private static ConcernClassifiedV1 classified(Raised concern, boolean needsTriage) {
        return new ConcernClassifiedV1(
                concern.id(),
                concern.reference(),
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                Instant.parse("2026-06-30T23:30:00Z"),
                "tagging-2026.1",
                QualityDomain.SAFE,
                List.of(new DomainTag(QualityDomain.SAFE, 0.8, List.of("\"insulin\" suggests a medication incident"))),
                new HarmGrade(HarmLevel.MODERATE, 0.7, List.of("\"extra treatment\" suggests moderate harm")),
                false,
                needsTriage);
    }

    private static CaseRoutedV1 routed(Raised concern, Destination destination, String recipientCode, int second) {
        return routed(concern, destination, recipientCode, second, UUID.randomUUID());
    }

    private static CaseRoutedV1 routed(
            Raised concern, Destination destination, String recipientCode, int second, UUID caseId) {
        return new CaseRoutedV1(
                caseId,
                concern.id(),
                concern.reference(),
                destination,
                recipientCode,
                "Recipient " + recipientCode,
                List.of("Rule " + destination + " matched: closed culture signs at " + recipientCode),
                Instant.parse("2026-07-01T08:00:00Z").plusSeconds(second),
                "routing-2026.1",
                QualityDomain.SAFE,
                HarmLevel.MODERATE,
                false);
    }

    /** The concern's steps, oldest first, as "kind destination recipient". */
    private List<String> steps(Raised concern) {
        return jdbc.sql("""
                        select kind || ' ' || coalesce(destination, 'null') || ' ' || coalesce(recipient_code, 'null')
                        from progress_step where concern_id = ? order by occurred_at
                        """).param(concern.id()).query(String.class).list();
    }
}
