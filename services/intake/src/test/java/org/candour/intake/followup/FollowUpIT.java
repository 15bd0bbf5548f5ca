package org.candour.intake.followup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.candour.events.CaseDeliveredV1;
import org.candour.events.CaseRoutedV1;
import org.candour.events.CaseStatusChangedV1;
import org.candour.events.CaseStatusChangedV1.CaseStatus;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.Review;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
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
 * The reporter's follow-up, end to end inside intake: real events on a real broker become plain
 * words on the page; a reporter signs in through the HTML pages as a browser would; the handling
 * team asks through the API and reads the answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.intake.rate-limit.requests-per-minute=10000",
            "candour.intake.sign-in-limit.per-client-per-minute=10000",
            "candour.intake.sign-in-limit.per-reference-per-minute=5",
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
    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PROGRESS_ROW = Pattern.compile(
            "<dt class=\"nhsuk-summary-list__key\">([^<]*)</dt>\\s*<dd class=\"nhsuk-summary-list__value\">([^<]*)</dd>");
    private static final String NOT_FOUND =
            "We could not find a concern with that reference and code. Check both and try again.";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

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
                infrastructure.kafkaBootstrapServers(), EventType.CONCERN_CLASSIFIED_V2.deadLetterTopic("intake"));
        routedDeadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CASE_ROUTED_V1.deadLetterTopic("intake"));
    }

    @AfterAll
    static void stopWatching() {
        classifiedDeadLetters.close();
        routedDeadLetters.close();
    }

    @Test
    void reporterSeesWhatHappenedInPlainWordsEachStepOnceWhateverIsRedelivered() throws Exception {
        Raised concern = raiseAnonymous("Insulin was missed on the night shift.");
        UUID cqcCase = UUID.randomUUID();
        events.publish(
                EventType.CONCERN_CLASSIFIED_V2,
                concern.id(),
                classified(concern, false, Instant.parse("2026-06-30T23:30:00Z")));
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.TRUST_BOARD, "R0A", 1));
        events.publish(
                EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.ICS_QUALITY_GROUP, "QOP", 2));
        CaseRoutedV1 toCqc = routed(concern, Destination.CQC, "CQC", 3, cqcCase);
        UUID cqcEvent = events.publish(EventType.CASE_ROUTED_V1, concern.id(), toCqc);
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), toCqc, cqcEvent);
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.CQC, "CQC", 3, cqcCase));
        // Same key, same partition: once this last one is recorded, the redeliveries before it were seen.
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.PHSO, "PHSO", 4));
        await().until(() -> stepsOf(concern) == 5 && hasStep(concern, "PHSO"));

        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        HttpResponse<String> status = reporter.get("/follow-up/status");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(status.body())
                .contains("<title>Your concern - Raise a concern about care - NHS</title>")
                .contains(concern.reference());
        assertThat(headings(status.body())).isEqualTo(1);
        assertThat(progress(status.body()))
                .containsExactly(
                        List.of(today(), "Received"),
                        List.of("1 July 2026", "Assessed by the quality team's rules"),
                        List.of("1 July 2026", "Shared with the trust board and its Freedom to Speak Up guardian"),
                        List.of(
                                "1 July 2026",
                                "Shared with the Greater Manchester integrated care system quality group"),
                        List.of("1 July 2026", "Shared with the Care Quality Commission (CQC)"),
                        List.of("1 July 2026", "Shared with the Parliamentary and Health Service Ombudsman (PHSO)"));
        assertThat(status.body())
                .doesNotContain("Rule ")
                .doesNotContain("routing-2026.1")
                .doesNotContain("Insulin");
        assertThat(jdbc.sql("select count(*) from processed_event where consumer = 'intake' and event_id = ?")
                        .param(cqcEvent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theReporterSeesWhereTheSystemQualityGroupHasGotToButNeverItsNote() throws Exception {
        Raised concern = raiseAnonymous("Discharged to the care home without her medicines.");
        UUID icbCase = UUID.randomUUID();
        events.publish(
                EventType.CASE_ROUTED_V1,
                concern.id(),
                routed(concern, Destination.ICS_QUALITY_GROUP, "QOP", 1, icbCase));
        CaseStatusChangedV1 received = statusChanged(concern, icbCase, CaseStatus.RECEIVED, "Logged as SQG-114", 2);
        UUID receivedEvent = events.publish(EventType.CASE_STATUS_CHANGED_V1, concern.id(), received);
        events.publish(EventType.CASE_STATUS_CHANGED_V1, concern.id(), received, receivedEvent);
        events.publish(
                EventType.CASE_STATUS_CHANGED_V1,
                concern.id(),
                statusChanged(concern, icbCase, CaseStatus.IN_REVIEW, "Trust asked for its action plan", 3));
        events.publish(
                EventType.CASE_STATUS_CHANGED_V1,
                concern.id(),
                statusChanged(concern, icbCase, CaseStatus.CLOSED, "Closed: pharmacy audit agreed", 4));
        await().until(() -> stepsOf(concern) == 4);

        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        String status = reporter.get("/follow-up/status").body();

        assertThat(progress(status))
                .containsExactly(
                        List.of(today(), "Received"),
                        List.of(
                                "1 July 2026",
                                "Shared with the Greater Manchester integrated care system quality group"),
                        List.of(
                                "1 July 2026",
                                "The Greater Manchester integrated care system quality group received it"),
                        List.of(
                                "1 July 2026",
                                "The Greater Manchester integrated care system quality group is looking into it"),
                        List.of(
                                "1 July 2026",
                                "The Greater Manchester integrated care system quality group has finished looking into it"));
        assertThat(status)
                .doesNotContain("SQG-114")
                .doesNotContain("action plan")
                .doesNotContain("icb-QOP");
    }

    @Test
    void theReporterSeesWhenTheCaseReachedTheRegulatorOnceHoweverOftenItIsAnnounced() throws Exception {
        Raised concern = raiseAnonymous("The ward sister falsified the observation charts again.");
        UUID cqcCase = UUID.randomUUID();
        events.publish(EventType.CASE_ROUTED_V1, concern.id(), routed(concern, Destination.CQC, "CQC", 1, cqcCase));
        CaseDeliveredV1 delivered = new CaseDeliveredV1(
                cqcCase,
                concern.id(),
                concern.reference(),
                Destination.CQC,
                "CQC",
                "Care Quality Commission",
                Instant.parse("2026-07-02T09:30:00Z"));
        UUID deliveredEvent = events.publish(EventType.CASE_DELIVERED_V1, concern.id(), delivered);
        events.publish(EventType.CASE_DELIVERED_V1, concern.id(), delivered, deliveredEvent);
        await().until(() -> stepsOf(concern) == 2);

        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        String status = reporter.get("/follow-up/status").body();

        assertThat(progress(status))
                .containsExactly(
                        List.of(today(), "Received"),
                        List.of("1 July 2026", "Shared with the Care Quality Commission (CQC)"),
                        List.of("2 July 2026", "Delivered to the Care Quality Commission (CQC)"));
    }

    @Test
    void eventsAboutAConcernIntakeNeverAcceptedAreDeadLetteredAtOnce() {
        Raised stranger = new Raised(UUID.randomUUID(), "QC-2026-999999", "none");

        UUID classifiedEvent = events.publish(
                EventType.CONCERN_CLASSIFIED_V2, stranger.id(), classified(stranger, false, Instant.now()));
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
        assertThat(jdbc.sql("select count(*) from progress_step where concern_id = ?")
                        .param(stranger.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from processed_event where event_id in (?, ?)")
                        .params(classifiedEvent, routedEvent)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aForgedCodeAndAnUnknownReferenceGetTheSamePageAndNeitherSecretIsEchoed() throws Exception {
        Raised concern = raiseAnonymous("Forged code check");
        String forged = "AAAA-AAAA-AAAA-AAAA-AAAA";
        String unknownReference = "QC-2099-999999";

        HttpResponse<String> wrongCode = new Browser().tryToSignIn(concern.reference(), forged);
        HttpResponse<String> unknown = new Browser().tryToSignIn(unknownReference, concern.secret());

        assertThat(wrongCode.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
        assertThat(wrongCode.body())
                .contains(NOT_FOUND)
                .contains("<title>Error: Follow your concern - Raise a concern about care - NHS</title>")
                .contains("value=\"" + concern.reference() + "\"")
                .doesNotContain(forged);
        assertThat(unknown.body()).doesNotContain(concern.secret());
        assertThat(comparable(wrongCode.body(), concern.reference()))
                .isEqualTo(comparable(unknown.body(), unknownReference));
    }

    @Test
    void namedReporterFollowsWithTheirEmailAndSeesAPersonReviewingWhenTheRulesWereUnsure() throws Exception {
        JsonNode receipt = raise("""
                {"provider":{"kind":"NHS_TRUST","odsCode":"R0A"},"description":"Named follow-up","identity":"NAMED",
                 "reporter":{"name":"Mary Seacole","email":"Mary.Seacole@nhs.net"}}
                """);
        Raised concern = new Raised(
                UUID.fromString(receipt.get("concernId").asString()),
                receipt.get("reference").asString(),
                "");
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.id(), classified(concern, true, Instant.now()));
        await().until(() -> stepsOf(concern) == 1);

        assertThat(new Browser()
                        .tryToSignIn(concern.reference(), "someone.else@nhs.net")
                        .body())
                .contains(NOT_FOUND);
        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), " mary.seacole@NHS.net ");
        String status = reporter.get("/follow-up/status").body();

        assertThat(progress(status))
                .extracting(row -> row.get(1))
                .containsExactly("Received", "Being reviewed by a person in the quality team");
        assertThat(status).doesNotContain("Mary").doesNotContain("seacole");
    }

    @Test
    void aReviewersCorrectionShowsThatAPersonCheckedItAndNothingOfTheReview() throws Exception {
        Raised concern = raiseAnonymous("Insulin was missed again.");
        events.publish(
                EventType.CONCERN_CLASSIFIED_V2,
                concern.id(),
                classified(concern, true, Instant.parse("2026-07-01T07:00:00Z")));
        UUID correction = events.publish(
                EventType.CONCERN_CLASSIFIED_V2,
                concern.id(),
                classified(
                        concern,
                        2,
                        new Review("quality.lead@mft.example", "The nurse was told twice before."),
                        false,
                        Instant.parse("2026-07-01T07:30:00Z")));
        await().until(() -> jdbc.sql("select count(*) from processed_event where consumer = 'intake' and event_id = ?")
                        .param(correction)
                        .query(Long.class)
                        .single()
                == 1);

        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        String status = reporter.get("/follow-up/status").body();

        assertThat(stepsOf(concern)).isEqualTo(2);
        assertThat(progress(status))
                .extracting(row -> row.get(1))
                .containsExactly(
                        "Received",
                        "Being reviewed by a person in the quality team",
                        "Checked by a person in the quality team");
        assertThat(status)
                .doesNotContain("quality.lead")
                .doesNotContain("told twice")
                .doesNotContain("harm grade");
    }

    @Test
    void handlingTeamAsksAndTheReporterAnswersWithoutSayingWhoTheyAre() throws Exception {
        Raised concern = raiseAnonymous("Questions check");
        HttpResponse<String> asked =
                ask(concern.reference(), "What time did the <b>shift</b> start?\nWho was in charge?");
        assertThat(asked.statusCode()).isEqualTo(201);
        String questionId = JSON.readTree(asked.body()).get("id").asString();
        assertThat(asked.headers().firstValue("Location"))
                .hasValue("/api/v1/concerns/" + concern.reference() + "/questions/" + questionId);

        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        String before = reporter.get("/follow-up/status").body();
        assertThat(before)
                .contains("<p>What time did the &lt;b&gt;shift&lt;/b&gt; start?</p>")
                .contains("<p>Who was in charge?</p>")
                .contains("id=\"answer-" + questionId + "\"")
                .contains("Send answer");

        String answer = "<script>alert('x')</script> It started at 8pm.\nThe nurse in charge was off sick.";
        HttpResponse<String> sent =
                reporter.post("/follow-up/questions/" + questionId + "/answer", Map.of("answer", answer));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/follow-up/status"));
        String after = reporter.get("/follow-up/status").body();

        assertThat(after)
                .contains("Your answer was sent")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; It started at 8pm.")
                .doesNotContain("<script>alert")
                .doesNotContain("id=\"answer-" + questionId + "\"");
        JsonNode questions =
                JSON.readTree(apiGet(concern.reference(), "", TOKEN).body());
        assertThat(questions.get("reference").asString()).isEqualTo(concern.reference());
        JsonNode question = questions.get("questions").get(0);
        assertThat(question.propertyNames()).containsExactlyInAnyOrder("id", "text", "askedAt", "answer", "answeredAt");
        assertThat(question.get("answer").asString()).isEqualTo(answer);
        assertThat(question.get("answeredAt").asString()).isNotBlank();
        assertThat(JSON.readTree(apiGet(concern.reference(), "/" + questionId, TOKEN)
                                .body())
                        .get("answer")
                        .asString())
                .isEqualTo(answer);
        assertThat(apiGet(concern.reference(), "/" + UUID.randomUUID(), TOKEN).statusCode())
                .isEqualTo(404);

        HttpResponse<String> again =
                reporter.post("/follow-up/questions/" + questionId + "/answer", Map.of("answer", "A second answer"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(reporter.get("/follow-up/status").body()).contains("You had already answered that question");
        assertThat(JSON.readTree(apiGet(concern.reference(), "", TOKEN).body())
                        .at("/questions/0/answer")
                        .asString())
                .isEqualTo(answer);
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

    @Test
    void answerWithoutTheCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        Raised concern = raiseAnonymous("CSRF check");
        String questionId = JSON.readTree(
                        ask(concern.reference(), "Which ward?").body())
                .get("id")
                .asString();
        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());

        HttpResponse<String> forged =
                reporter.postWithoutCsrf("/follow-up/questions/" + questionId + "/answer", Map.of("answer", "Ward 7"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(answered(questionId)).isFalse();
    }

    @Test
    void aReporterCannotAnswerAnotherConcernsQuestion() throws Exception {
        Raised mine = raiseAnonymous("Mine");
        Raised theirs = raiseAnonymous("Theirs");
        String theirQuestion = JSON.readTree(
                        ask(theirs.reference(), "Which ward?").body())
                .get("id")
                .asString();
        Browser reporter = new Browser();
        reporter.signIn(mine.reference(), mine.secret());

        HttpResponse<String> answered =
                reporter.post("/follow-up/questions/" + theirQuestion + "/answer", Map.of("answer", "Ward 7"));

        assertThat(answered.statusCode()).isEqualTo(404);
        assertThat(answered.body()).contains("<title>Page not found - Raise a concern about care - NHS</title>");
        assertThat(answered(theirQuestion)).isFalse();
    }

    @Test
    void anAnswerThatBreaksTheRulesIsShownBesideItsFieldKeptAsTypedAndNotStored() throws Exception {
        Raised concern = raiseAnonymous("Validation check");
        String questionId = JSON.readTree(
                        ask(concern.reference(), "Which ward?").body())
                .get("id")
                .asString();
        Browser reporter = new Browser();
        reporter.signIn(concern.reference(), concern.secret());
        String path = "/follow-up/questions/" + questionId + "/answer";

        HttpResponse<String> blank = reporter.post(path, Map.of("answer", "   "));
        HttpResponse<String> hidden = reporter.post(path, Map.of("answer", "Ward 7\u202E 9 draW"));
        HttpResponse<String> tooLong = reporter.post(path, Map.of("answer", "a".repeat(5_001)));

        assertThat(blank.body())
                .contains("<title>Error: Your concern - Raise a concern about care - NHS</title>")
                .contains("<a href=\"#answer-" + questionId + "\">Enter your answer</a>")
                .contains("id=\"answer-" + questionId + "-error\"");
        assertThat(hidden.body()).contains("Remove the hidden characters").contains("Ward 7");
        assertThat(tooLong.body()).contains("Your answer must be 5,000 characters or fewer");
        assertThat(List.of(blank.statusCode(), hidden.statusCode(), tooLong.statusCode()))
                .containsOnly(200);
        assertThat(answered(questionId)).isFalse();
    }

    @Test
    void theStatusPageNeedsSigningInWhichRenewsTheSessionAndSigningOutEndsIt() throws Exception {
        Raised concern = raiseAnonymous("Session check");
        Browser reporter = new Browser();

        HttpResponse<String> early = reporter.get("/follow-up/status");
        assertThat(early.statusCode()).isEqualTo(303);
        assertThat(early.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/follow-up"));

        HttpResponse<String> signInPage = reporter.get("/follow-up");
        assertThat(signInPage.body())
                .contains("<title>Follow your concern - Raise a concern about care - NHS</title>")
                .contains("<label class=\"nhsuk-label\" for=\"reference\">Reference</label>")
                .contains("<label class=\"nhsuk-label\" for=\"secret\">Receipt code or email address</label>");
        assertThat(headings(signInPage.body())).isEqualTo(1);
        assertThat(signInPage.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        String before = reporter.sessionId();
        reporter.signIn(concern.reference(), concern.secret());
        assertThat(reporter.sessionId()).isNotEqualTo(before);
        assertThat(reporter.get("/follow-up/status").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = reporter.post("/follow-up/sign-out", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(reporter.get("/follow-up/signed-out").body()).contains("<h1>You have signed out</h1>");
        assertThat(reporter.get("/follow-up/status").statusCode()).isEqualTo(303);
    }

    @Test
    void tooManyTriesAtOneReferenceAreRefusedWithAPageEvenWithTheRightCode() throws Exception {
        Raised concern = raiseAnonymous("Guessing check");
        for (int i = 0; i < 5; i++) {
            assertThat(new Browser()
                            .tryToSignIn(concern.reference(), "AAAA-AAAA-AAAA-AAAA-AAA" + i)
                            .body())
                    .contains(NOT_FOUND);
        }

        HttpResponse<String> refused = new Browser().tryToSignIn(concern.reference(), concern.secret());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
        assertThat(refused.body())
                .contains("<title>Too many attempts - Raise a concern about care - NHS</title>")
                .doesNotContain("Your concern - ");
    }

    /** A browser without JavaScript: it keeps cookies, follows no redirects and sends forms with the page's CSRF token. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf = "";

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put("_csrf", csrf);
            return postWithoutCsrf(path, withToken);
        }

        HttpResponse<String> postWithoutCsrf(String path, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream()
                    .map(field ->
                            URLEncoder.encode(field.getKey(), UTF_8) + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        HttpResponse<String> tryToSignIn(String reference, String secret) throws Exception {
            assertThat(get("/follow-up").statusCode()).isEqualTo(200);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("reference", reference);
            fields.put("secret", secret);
            return post("/follow-up", fields);
        }

        void signIn(String reference, String secret) throws Exception {
            HttpResponse<String> response = tryToSignIn(reference, secret);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/follow-up/status"));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }
    }

    /** A concern as its reporter knows it. */
    private record Raised(UUID id, String reference, String secret) {}

    private Raised raiseAnonymous(String description) throws Exception {
        JsonNode receipt = raise(JSON.writeValueAsString(Map.of(
                "provider",
                Map.of("kind", "NHS_TRUST", "odsCode", "R0A"),
                "description",
                description,
                "identity",
                "ANONYMOUS")));
        return new Raised(
                UUID.fromString(receipt.get("concernId").asString()),
                receipt.get("reference").asString(),
                receipt.get("receiptCode").asString());
    }

    private JsonNode raise(String body) throws Exception {
        HttpResponse<String> response = api.send(
                HttpRequest.newBuilder(uri("/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
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

    private static ConcernClassifiedV2 classified(Raised concern, boolean needsTriage, Instant at) {
        return classified(concern, 1, null, needsTriage, at);
    }

    private static ConcernClassifiedV2 classified(
            Raised concern, int revision, @Nullable Review review, boolean needsTriage, Instant at) {
        return new ConcernClassifiedV2(
                concern.id(),
                concern.reference(),
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                revision,
                at,
                "taxonomy-2026.3",
                review,
                QualityDomain.SAFE,
                List.of(new DomainTag(QualityDomain.SAFE, 0.8, List.of("\"insulin\" suggests a medication incident"))),
                new HarmGrade(HarmLevel.MODERATE, 0.7, List.of("\"extra treatment\" suggests moderate harm")),
                new CategoryTag(IncidentCategory.MEDICATION, 0.8, List.of("\"insulin\" suggests MEDICATION")),
                List.of(),
                new ComplaintTag(ComplaintStatus.NONE, null, false, List.of()),
                List.of(),
                false,
                needsTriage,
                needsTriage ? List.of("The harm grade rests on one phrase") : List.of(),
                List.of(),
                List.of());
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
                false,
                null,
                List.of(),
                List.of(),
                null);
    }

    private static CaseStatusChangedV1 statusChanged(
            Raised concern, UUID caseId, CaseStatus status, String note, int second) {
        return new CaseStatusChangedV1(
                caseId,
                concern.id(),
                concern.reference(),
                Destination.ICS_QUALITY_GROUP,
                "QOP",
                status,
                note,
                "icb-QOP",
                Instant.parse("2026-07-01T08:00:00Z").plusSeconds(second));
    }

    private long stepsOf(Raised concern) {
        return jdbc.sql("select count(*) from progress_step where concern_id = ?")
                .param(concern.id())
                .query(Long.class)
                .single();
    }

    private boolean hasStep(Raised concern, String destination) {
        return jdbc.sql("select count(*) from progress_step where concern_id = ? and destination = ?")
                        .params(concern.id(), destination)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private long questionsOf(Raised concern) {
        return jdbc.sql("select count(*) from question where concern_id = ?")
                .param(concern.id())
                .query(Long.class)
                .single();
    }

    private boolean answered(String questionId) {
        return jdbc.sql("select answer is not null from question where id = ?")
                .param(UUID.fromString(questionId))
                .query(Boolean.class)
                .single();
    }

    /** The rows of the "What has happened so far" list: date, then words. */
    private static List<List<String>> progress(String page) {
        int start = page.indexOf("id=\"progress\"");
        assertThat(start).as("the progress list").isPositive();
        Matcher row = PROGRESS_ROW.matcher(page.substring(start, page.indexOf("</dl>", start)));
        List<List<String>> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(List.of(row.group(1), row.group(2).replace("&#39;", "'")));
        }
        return rows;
    }

    private static int headings(String page) {
        return page.split("<h1[ >]", -1).length - 1;
    }

    /** The page without what differs by design: the reference typed back, and the per-page CSRF token. */
    private static String comparable(String page, String typedReference) {
        return CSRF.matcher(page.replace(typedReference, "{reference}")).replaceAll("{csrf}");
    }

    private static String today() {
        return DATE.format(LocalDate.now(ZoneId.of("Europe/London")));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
