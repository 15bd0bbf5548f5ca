package org.candour.routing.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.routing.ClassifiedConcerns.CROSS_PROVIDER;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.corrected;
import static org.candour.routing.ClassifiedConcerns.trust;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.routing.cases.RouteConcern;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TestIssuer;
import org.candour.testsupport.TopicProbe;
import org.jspecify.annotations.Nullable;
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

/**
 * The ICB case feed against the real resource server: tokens are signed JWTs, checked for signature,
 * issuer, expiry and scope, on a real PostgreSQL and Kafka.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.messaging.relay.interval=50ms")
class IcbFeedIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final KeyPair strangerKey = TestIssuer.rsaKey();
    private static final String READ_AND_ACKNOWLEDGE = "cases.read cases.acknowledge";

    private static final TestIssuer issuer = new TestIssuer();
    private static final String ISSUER = issuer.uri();

    private static TopicProbe statusChanges;

    @Value("${local.server.port}")
    int port;

    @Autowired
    RouteConcern routeConcern;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_feed_it", registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @BeforeAll
    static void watch() {
        statusChanges = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CASE_STATUS_CHANGED_V1.topic());
    }

    @AfterAll
    static void stopWatching() {
        statusChanges.close();
        issuer.close();
    }

    @Test
    void anIcbReadsItsCasesAPageAtATimeThenPollsWithTheLastCursorForNewOnes() throws Exception {
        List<UUID> christie =
                List.of(icbCase(route(trust("RBV"))), icbCase(route(trust("RBV"))), icbCase(route(trust("RBV"))));
        String token = issuer.icbToken("QOP", READ_AND_ACKNOWLEDGE);

        JsonNode first = JSON.readTree(
                get("/api/v1/icbs/QOP/cases?provider=RBV&limit=2", token).body());
        assertThat(caseIds(first)).containsExactly(christie.get(0), christie.get(1));
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("next").asString()).contains("provider=RBV").contains("cursor=");

        JsonNode second = JSON.readTree(get(
                        "/api/v1/icbs/QOP/cases?provider=RBV&limit=2&cursor="
                                + first.get("cursor").asString(),
                        token)
                .body());
        assertThat(caseIds(second)).containsExactly(christie.get(2));
        assertThat(second.get("more").asBoolean()).isFalse();

        UUID later = icbCase(route(trust("RBV")));
        JsonNode polled = JSON.readTree(get(
                        "/api/v1/icbs/QOP/cases?provider=RBV&cursor="
                                + second.get("cursor").asString(),
                        token)
                .body());
        assertThat(caseIds(polled)).containsExactly(later);
        JsonNode shown = polled.get("cases").get(0);
        assertThat(shown.get("status").asString()).isEqualTo("NEW");
        assertThat(shown.get("provider").get("odsCode").asString()).isEqualTo("RBV");
        assertThat(shown.get("harm").asString()).isEqualTo("MODERATE");
        assertThat(shown.get("reasons").get(0).asString()).contains("System Quality Group");
        assertThat(shown.get("escalation").get("tier").asString()).isNotEmpty();

        assertThat(accesses(later, "LISTED")).isEqualTo(1);
    }

    @Test
    void anotherIcbsCasesAndFeedAreNotFoundAndNothingIsRecordedAsRead() throws Exception {
        UUID manchester = icbCase(route(trust("RM3")));
        String birmingham = issuer.icbToken("QHL", READ_AND_ACKNOWLEDGE);

        HttpResponse<String> otherFeed = get("/api/v1/icbs/QOP/cases", birmingham);
        HttpResponse<String> otherCase = get("/api/v1/icbs/QHL/cases/" + manchester, birmingham);
        HttpResponse<String> viaOwnPath = post(
                "/api/v1/icbs/QHL/cases/" + manchester + "/acknowledgement", birmingham, "{\"status\":\"RECEIVED\"}");
        HttpResponse<String> ownFeed = get("/api/v1/icbs/QHL/cases?limit=100", birmingham);

        assertThat(List.of(otherFeed, otherCase, viaOwnPath)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(caseIds(JSON.readTree(ownFeed.body()))).doesNotContain(manchester);
        assertThat(accesses(manchester, null)).isZero();
        assertThat(acknowledgement(manchester)).isNull();
    }

    @Test
    void withoutAValidTokenWithTheRightScopeNothingIsShownOrChanged() throws Exception {
        UUID manchester = icbCase(route(trust("RMC")));
        String path = "/api/v1/icbs/QOP/cases/" + manchester;

        HttpResponse<String> none = get(path, null);
        HttpResponse<String> forged = get(
                path,
                issuer.token(
                        "icb-QOP", READ_AND_ACKNOWLEDGE, Map.of("icb", "QOP"), inFiveMinutes(), strangerKey, ISSUER));
        HttpResponse<String> expired = get(
                path,
                issuer.token(
                        "icb-QOP",
                        READ_AND_ACKNOWLEDGE,
                        Map.of("icb", "QOP"),
                        Instant.now().minus(Duration.ofMinutes(10)),
                        issuer.signingKey(),
                        ISSUER));
        HttpResponse<String> otherIssuer = get(
                path,
                issuer.token(
                        "icb-QOP",
                        READ_AND_ACKNOWLEDGE,
                        Map.of("icb", "QOP"),
                        inFiveMinutes(),
                        issuer.signingKey(),
                        "https://elsewhere.test"));
        HttpResponse<String> noReadScope = get(path, issuer.icbToken("QOP", "cases.acknowledge"));
        HttpResponse<String> readOnlyAcknowledging =
                post(path + "/acknowledgement", issuer.icbToken("QOP", "cases.read"), "{\"status\":\"RECEIVED\"}");

        assertThat(List.of(none, forged, expired, otherIssuer)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("Bearer");
        });
        assertThat(List.of(noReadScope, readOnlyAcknowledging))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(403));
        assertThat(accesses(manchester, null)).isZero();
        assertThat(acknowledgement(manchester)).isNull();
    }

    @Test
    void filtersNarrowTheFeedAndABadFilterIsNamedWithWhatWouldBeAccepted() throws Exception {
        UUID moderate = icbCase(route(trust("RMP")));
        UUID severe = icbCase(
                route(classified(trust("RMP"), HarmLevel.SEVERE, List.of(CROSS_PROVIDER), List.of(), List.of())));
        String token = issuer.icbToken("QOP", READ_AND_ACKNOWLEDGE);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        assertThat(caseIds(feed(token, "provider=RMP&harm=SEVERE"))).containsExactly(severe);
        assertThat(caseIds(feed(token, "provider=RMP&domain=SAFE&from=" + today + "&to=" + today)))
                .containsExactly(moderate, severe);
        assertThat(caseIds(feed(token, "provider=RMP&domain=EQUITABLE"))).isEmpty();
        assertThat(caseIds(feed(token, "provider=RMP&to=2026-01-01"))).isEmpty();
        assertThat(caseIds(feed(token, "provider=RMP&tier=INTENSIVE"))).isEmpty();

        post("/api/v1/icbs/QOP/cases/" + severe + "/acknowledgement", token, "{\"status\":\"RECEIVED\"}");
        assertThat(caseIds(feed(token, "provider=RMP&status=NEW"))).containsExactly(moderate);
        assertThat(caseIds(feed(token, "provider=RMP&status=RECEIVED"))).containsExactly(severe);

        HttpResponse<String> bad = get(
                "/api/v1/icbs/QOP/cases?domain=SAFETY&harm=bad&limit=0&from=2026-13-01&status=OPEN&tier=HIGH"
                        + "&provider=r0a&cursor=not-a-cursor",
                token);
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("cursor", "limit", "from", "provider", "domain", "harm", "status", "tier");
        assertThat(problem.get("detail").asString())
                .contains("domain: Use one of SAFE, EFFECTIVE, EXPERIENCE, WELL_LED, SUSTAINABLE, EQUITABLE")
                .contains("limit: Give a whole number of cases from 1 to 100");
        assertThat(get("/api/v1/icbs/QOP/cases?from=2026-11-02&to=2026-11-01", token)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anAcknowledgementMovesTheCaseForwardIsAnnouncedAndShownInTheTimelineWithWhoAndTheNote() throws Exception {
        ConcernClassifiedV2 concern = route(trust("R0A"));
        UUID icbCase = icbCase(concern);
        String token = issuer.icbToken("QOP", READ_AND_ACKNOWLEDGE);
        String path = "/api/v1/icbs/QOP/cases/" + icbCase + "/acknowledgement";

        HttpResponse<String> received =
                post(path, token, "{\"status\":\"RECEIVED\",\"note\":\"  Logged as SQG-114.  \"}");
        HttpResponse<String> inReview =
                post(path, token, "{\"status\":\"IN_REVIEW\",\"note\":\"To the December meeting.\"}");
        HttpResponse<String> backwards = post(path, token, "{\"status\":\"RECEIVED\"}");

        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(received.body()).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(JSON.readTree(inReview.body())
                        .get("acknowledgements")
                        .get(1)
                        .get("note")
                        .asString())
                .isEqualTo("To the December meeting.");
        assertThat(backwards.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(backwards.body()).get("detail").asString()).contains("moves forward only");
        assertThat(acknowledgement(icbCase)).isEqualTo("IN_REVIEW");

        await().untilAsserted(() -> assertThat(
                        statusChanges.recordsWithKey(concern.concernId().toString()))
                .hasSize(2));
        JsonNode announced = JSON.readTree(statusChanges
                .recordsWithKey(concern.concernId().toString())
                .get(0)
                .value());
        assertThat(announced.get("caseId").asString()).isEqualTo(icbCase.toString());
        assertThat(announced.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(announced.get("note").asString()).isEqualTo("Logged as SQG-114.");
        assertThat(announced.get("changedBy").asString()).isEqualTo("icb-QOP");

        JsonNode entries = JSON.readTree(http.send(
                                HttpRequest.newBuilder(url("/api/v1/concerns/" + concern.reference() + "/timeline"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("entries");
        List<JsonNode> acknowledged = entries.valueStream()
                .filter(entry -> entry.get("kind").asString().equals("ACKNOWLEDGED"))
                .toList();
        assertThat(acknowledged)
                .extracting(entry -> entry.get("status").asString())
                .containsExactly("RECEIVED", "IN_REVIEW");
        assertThat(acknowledged.get(0).get("by").asString()).isEqualTo("icb-QOP");
        assertThat(acknowledged.get(0).get("recipientCode").asString()).isEqualTo("QOP");
        assertThat(accesses(icbCase, "ACKNOWLEDGED")).isEqualTo(2);
    }

    @Test
    void aWithdrawnCaseShowsWhyAndCannotBeAcknowledged() throws Exception {
        ConcernClassifiedV2 first = route(trust("R0A"));
        UUID icbCase = icbCase(first);
        routeConcern.route(corrected(first, 2, trust("RRK"), "The missed dose was at Birmingham, not Manchester."));
        String token = issuer.icbToken("QOP", READ_AND_ACKNOWLEDGE);

        JsonNode shown =
                JSON.readTree(get("/api/v1/icbs/QOP/cases/" + icbCase, token).body());
        HttpResponse<String> acknowledged =
                post("/api/v1/icbs/QOP/cases/" + icbCase + "/acknowledgement", token, "{\"status\":\"RECEIVED\"}");

        assertThat(shown.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(shown.get("withdrawalReason").asString()).contains("Birmingham");
        assertThat(acknowledged.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(acknowledged.body()).get("detail").asString()).contains("withdrawn");
        assertThat(accesses(icbCase, "READ")).isEqualTo(1);
        assertThat(acknowledgement(icbCase)).isNull();
    }

    @Test
    void aBadAcknowledgementIsRefusedWithWhatIsWrongAndChangesNothing() throws Exception {
        UUID icbCase = icbCase(route(trust("R0A")));
        String token = issuer.icbToken("QOP", READ_AND_ACKNOWLEDGE);
        String path = "/api/v1/icbs/QOP/cases/" + icbCase + "/acknowledgement";

        List<HttpResponse<String>> refused = List.of(
                post(path, token, "{}"),
                post(path, token, "{\"status\":\"DONE\"}"),
                post(path, token, "{\"status\":\"CLOSED\",\"note\":\"" + "x".repeat(2001) + "\"}"),
                post(path, token, "{\"status\":\"CLOSED\",\"note\":\"bell\\u0007\"}"),
                post(path, token, "{\"status\":"),
                post(path, token, "[]"));

        assertThat(refused)
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
        assertThat(JSON.readTree(refused.get(0).body()).get("detail").asString())
                .contains("RECEIVED, IN_REVIEW or CLOSED");
        assertThat(JSON.readTree(refused.get(1).body()).get("detail").asString())
                .contains("Use one of RECEIVED");
        assertThat(JSON.readTree(refused.get(2).body()).get("detail").asString())
                .contains("2000 characters");
        assertThat(JSON.readTree(refused.get(3).body()).get("detail").asString())
                .contains("control characters");
        assertThat(acknowledgement(icbCase)).isNull();
        assertThat(jdbc.sql("select count(*) from case_acknowledgement where case_id = ?")
                        .param(icbCase)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static Instant inFiveMinutes() {
        return Instant.now().plus(Duration.ofMinutes(5));
    }

    private ConcernClassifiedV2 route(Provider provider) {
        return route(classified(provider));
    }

    private ConcernClassifiedV2 route(ConcernClassifiedV2 concern) {
        routeConcern.route(concern);
        return concern;
    }

    /** The ICS quality group case routing opened for the concern. */
    private UUID icbCase(ConcernClassifiedV2 concern) {
        return jdbc.sql("select case_id from routed_case where concern_id = ? and destination = 'ICS_QUALITY_GROUP'")
                .param(concern.concernId())
                .query(UUID.class)
                .single();
    }

    private @Nullable String acknowledgement(UUID caseId) {
        return jdbc.sql("select acknowledgement from routed_case where case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private int accesses(UUID caseId, @Nullable String action) {
        return jdbc.sql(
                        "select count(*) from case_access where case_id = :caseId and (:action = '' or action = :action)")
                .param("caseId", caseId)
                .param("action", action == null ? "" : action)
                .query(Integer.class)
                .single();
    }

    private JsonNode feed(String token, String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/icbs/QOP/cases?" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<UUID> caseIds(JsonNode page) {
        return page.get("cases")
                .valueStream()
                .map(icbCase -> UUID.fromString(icbCase.get("caseId").asString()))
                .toList();
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(url(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
