package org.candour.intake.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.events.CloudEventHeaders;
import org.candour.events.EventType;
import org.candour.intake.identity.ContactDetails;
import org.candour.intake.identity.IdentityVault;
import org.candour.intake.identity.SealedContact;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.OpenApiDocument;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.intake.rate-limit.requests-per-minute=10000",
            "candour.intake.identity-keys[0].id=test-2",
            "candour.intake.identity-keys[0].secret=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
            "candour.intake.identity-keys[1].id=test-1",
            "candour.intake.identity-keys[1].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
@ExtendWith(OutputCaptureExtension.class)
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class RaiseConcernIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static TopicProbe raised;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReporterAccess reporterAccess;

    @Autowired
    IdentityVault vault;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_it", registry);
    }

    @BeforeAll
    static void watch() {
        raised = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CONCERN_RAISED_V1.topic());
    }

    @AfterAll
    static void stopWatching() {
        raised.close();
    }

    @Test
    void acceptedConcernGetsAReferenceAndIsAnnouncedOnceWithoutTheReportersIdentity() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"provider":{"kind":"NHS_TRUST","odsCode":"r0a"},"description":"  Insulin was missed on the night shift. ","identity":"CONFIDENTIAL",
                 "reporter":{"name":"Ada Lovelace","email":"ada.lovelace@nhs.net"}}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String reference = body.get("reference").asString();
        String concernId = body.get("concernId").asString();
        assertThat(reference).matches("QC-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/concerns/" + reference);

        await().untilAsserted(() -> assertThat(raised.recordsWithKey(concernId))
                .singleElement()
                .satisfies(record -> {
                    assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            .isEqualTo(EventType.CONCERN_RAISED_V1.type());
                    JsonNode event = JSON.readTree(record.value());
                    assertThat(event.get("reference").asString()).isEqualTo(reference);
                    assertThat(event.get("provider").get("odsCode").asString()).isEqualTo("R0A");
                    assertThat(event.get("description").asString()).isEqualTo("Insulin was missed on the night shift.");
                    assertThat(event.get("identity").asString()).isEqualTo("CONFIDENTIAL");
                    assertThat(record.value()).doesNotContain("Ada").doesNotContain("ada.lovelace");
                }));
        var sealed = jdbc.sql("select contact_key_id, contact_ciphertext, description from concern where reference = ?")
                .param(reference)
                .query((row, n) -> new Object[] {row.getString(1), row.getBytes(2)})
                .single();
        assertThat(sealed[0]).isEqualTo("test-2");
        assertThat(new String((byte[]) sealed[1], java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Ada")
                .doesNotContain("lovelace");
        assertThat(vault.open(new SealedContact("test-2", (byte[]) sealed[1]), java.util.UUID.fromString(concernId)))
                .isEqualTo(new ContactDetails("Ada Lovelace", "ada.lovelace@nhs.net"));
        HttpResponse<String> followed = http.send(
                HttpRequest.newBuilder(uri("/api/v1/concerns/" + reference)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains(reference).doesNotContain("Insulin");
    }

    @Test
    void concernAboutImmediateDangerIsAcceptedAndTellsTheReporterToActNow() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"provider":{"kind":"NHS_TRUST","odsCode":"RX7"},"description":"A patient is being restrained unsafely right now.","identity":"ANONYMOUS","immediateDanger":true}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("advice").asString()).contains("call 999");
    }

    @Test
    void everyAnswerTheFormAsksIsTakenAndAnnounced() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"provider":{"kind":"GP_PRACTICE","name":"Beech House Surgery","odsCode":"p84001","icbCode":"qop"},
                 "service":"Repeat prescriptions","occurred":{"period":"over the last few weeks"},
                 "description":"Repeat prescriptions for warfarin are being issued without INR checks.",
                 "affected":["SEVERAL_PATIENTS"],"harm":"LOW","immediateDanger":false,
                 "professionals":[{"role":"DOCTOR","name":"Dr A Example"},{"role":"ADMINISTRATOR"}],
                 "raisedBefore":{"routes":["LINE_MANAGER","FORMAL_COMPLAINT"],"finalResponseOn":"2026-10-01"},
                 "identity":"ANONYMOUS"}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        String concernId = JSON.readTree(response.body()).get("concernId").asString();
        await().untilAsserted(() -> assertThat(raised.recordsWithKey(concernId))
                .singleElement()
                .satisfies(record -> {
                    JsonNode event = JSON.readTree(record.value());
                    assertThat(event.get("provider").toString())
                            .isEqualTo(
                                    "{\"kind\":\"GP_PRACTICE\",\"odsCode\":\"P84001\",\"name\":\"Beech House Surgery\","
                                            + "\"icbCode\":\"QOP\"}");
                    assertThat(event.get("service").asString()).isEqualTo("Repeat prescriptions");
                    assertThat(event.get("occurred").get("period").asString()).isEqualTo("over the last few weeks");
                    assertThat(event.get("affected").toString()).isEqualTo("[\"SEVERAL_PATIENTS\"]");
                    assertThat(event.get("reportedHarm").asString()).isEqualTo("LOW");
                    assertThat(event.get("professionals").toString())
                            .isEqualTo(
                                    "[{\"role\":\"DOCTOR\",\"name\":\"Dr A Example\"},{\"role\":\"ADMINISTRATOR\",\"name\":null}]");
                    assertThat(event.get("raisedBefore").toString())
                            .isEqualTo(
                                    "{\"routes\":[\"LINE_MANAGER\",\"FORMAL_COMPLAINT\"],\"finalResponseOn\":\"2026-10-01\"}");
                    assertThat(record.value()).doesNotContain("receipt");
                }));
    }

    static Stream<Arguments> unusualButHonestText() {
        return Stream.of(
                Arguments.of("markup", "<script>alert('x')</script><b>bold</b> & \"quotes\""),
                Arguments.of("SQL-like", "Robert'); DROP TABLE concern;-- ' OR 1=1 --"),
                Arguments.of("emoji with joiners", "The family 👨‍👩‍👧 waited 9 hours 😞 for a bed"),
                Arguments.of(
                        "non-Latin scripts", "المريض انتظر طويلا · 患者等了很久 · Пациент долго ждал · रोगी ने इंतजार किया"),
                Arguments.of("lines and tabs", "First line\n\tIndented second line\r\nThird"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualButHonestText")
    void unusualTextIsAcceptedAndStoredExactlyAsTyped(String name, String text) throws Exception {
        HttpResponse<String> response = post(
                "application/json",
                JSON.writeValueAsString(Map.of(
                        "provider",
                        Map.of("kind", "NHS_TRUST", "odsCode", "R0A"),
                        "description",
                        text,
                        "service",
                        text.lines().findFirst().orElseThrow(),
                        "identity",
                        "ANONYMOUS")));

        assertThat(response.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asString();
        assertThat(jdbc.sql("select description from concern where reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo(text.strip());
    }

    @Test
    void anonymousReporterGetsAReceiptCodeThatIsStoredOnlyAsASlowHash(CapturedOutput logs) throws Exception {
        HttpResponse<String> response = post(
                "application/json",
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Receipt\",\"identity\":\"ANONYMOUS\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode body = JSON.readTree(response.body());
        String code = body.get("receiptCode").asString();
        String reference = body.get("reference").asString();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
        String stored = jdbc.sql("select receipt_code_hash from concern where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("$2a$10$").doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(jdbc.sql("select count(*) from concern where cast(concern as text) like ?")
                        .param("%" + code.substring(0, 9) + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(reporterAccess.open(reference, code)).isPresent();
        assertThat(reporterAccess.open(
                        reference.toLowerCase(java.util.Locale.ROOT),
                        code.toLowerCase(java.util.Locale.ROOT).replace("-", " ")))
                .isPresent();
        assertThat(reporterAccess.open(reference, "AAAA-AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(reporterAccess.open("QC-2026-999999", code)).isEmpty();
        assertThat(reporterAccess.open("not a reference", code)).isEmpty();
        await().untilAsserted(() -> assertThat(raised.records())
                .anySatisfy(record -> assertThat(record.value()).contains(reference)));
        assertThat(raised.records())
                .allSatisfy(record -> assertThat(record.value()).doesNotContain(code));
        assertThat(logs.getAll()).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }

    @Test
    void theAreaOfTheCareAtATrustServingSeveralIcbsIsStoredAndAnnounced() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"provider":{"kind":"NHS_TRUST","odsCode":"RX7","icbCode":" qop "},"description":"Handover delay",
                 "identity":"ANONYMOUS"}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String concernId = body.get("concernId").asString();
        assertThat(jdbc.sql("select provider_icb_code from concern where reference = ?")
                        .param(body.get("reference").asString())
                        .query(String.class)
                        .single())
                .isEqualTo("QOP");
        await().untilAsserted(() -> assertThat(raised.recordsWithKey(concernId))
                .singleElement()
                .satisfies(record -> assertThat(JSON.readTree(record.value())
                                .get("provider")
                                .get("icbCode")
                                .asString())
                        .isEqualTo("QOP")));
    }

    @Test
    void namedReporterGetsNoReceiptCodeAndFollowsWithTheirEmail() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"provider":{"kind":"NHS_TRUST","odsCode":"R0A"},"description":"Named","identity":"NAMED",
                 "reporter":{"name":"Grace Hopper","email":"Grace.Hopper@nhs.net"}}
                """);

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("receiptCode").isNull()).isTrue();
        String reference = body.get("reference").asString();
        assertThat(reporterAccess.open(reference, " grace.hopper@NHS.net ")).isPresent();
        assertThat(reporterAccess.open(reference, "someone.else@nhs.net")).isEmpty();
    }

    static Stream<Arguments> badRequests() {
        String valid = "\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"identity\":\"ANONYMOUS\"";
        return Stream.of(
                Arguments.of(
                        "unknown organisation",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"ZZZ99\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.odsCode"),
                Arguments.of(
                        "missing organisation",
                        "application/json",
                        "{\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider: Say where it happened"),
                Arguments.of(
                        "trust without its ODS code",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.odsCode: Choose the NHS trust"),
                Arguments.of(
                        "GP practice without its name or ICB",
                        "application/json",
                        "{\"provider\":{\"kind\":\"GP_PRACTICE\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.icbCode: Choose the integrated care board"),
                Arguments.of(
                        "GP practice in an unknown ICB",
                        "application/json",
                        "{\"provider\":{\"kind\":\"GP_PRACTICE\",\"name\":\"Beech House\",\"icbCode\":\"ZZZ\"},"
                                + "\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.icbCode: No integrated care board has the code 'ZZZ'"),
                Arguments.of(
                        "trust with an ICB it does not serve",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"RX7\",\"icbCode\":\"QWE\"},"
                                + "\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.icbCode: North West Ambulance Service NHS Trust (RX7) serves the ICBs QE1 (Lancashire"
                                + " and South Cumbria), QHM (North East and North Cumbria), QOP (Greater Manchester), QYG"
                                + " (Cheshire and Merseyside), not 'QWE'."),
                Arguments.of(
                        "trust with an ICB code that is no ICB's",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\",\"icbCode\":\"ZZZ\"},"
                                + "\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.icbCode: Manchester University NHS Foundation Trust (R0A) serves the ICB QOP (Greater"
                                + " Manchester), not 'ZZZ'."),
                Arguments.of(
                        "unknown kind of provider",
                        "application/json",
                        "{\"provider\":{\"kind\":\"CASINO\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "use one of NHS_TRUST, GP_PRACTICE"),
                Arguments.of(
                        "right-to-left override in the description",
                        "application/json",
                        "{" + valid + ",\"description\":\"Dose given: 10\u202Egm 01\"}",
                        400,
                        "description: Remove the hidden characters"),
                Arguments.of(
                        "zero-width space in a name",
                        "application/json",
                        "{" + valid
                                + ",\"description\":\"x\",\"professionals\":[{\"role\":\"NURSE\",\"name\":\"Jo\u200BSmith\"}]}",
                        400,
                        "professionals[0].name: Remove the hidden characters"),
                Arguments.of(
                        "a date in the future",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"occurred\":{\"on\":\"2999-01-01\"}}",
                        400,
                        "occurred.on: The date it happened must be today or in the past"),
                Arguments.of(
                        "30 February",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"occurred\":{\"on\":\"2026-02-30\"}}",
                        400,
                        "occurred.on: Enter a real date"),
                Arguments.of(
                        "an impossible date",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"occurred\":{\"on\":\"2026-13-45\"}}",
                        400,
                        "occurred.on: Enter a real date"),
                Arguments.of(
                        "a date before the NHS",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"occurred\":{\"on\":\"1900-01-01\"}}",
                        400,
                        "occurred.on: The date it happened must be after the NHS began"),
                Arguments.of(
                        "both a date and a period",
                        "application/json",
                        "{" + valid
                                + ",\"description\":\"x\",\"occurred\":{\"on\":\"2026-01-01\",\"period\":\"last week\"}}",
                        400,
                        "occurred.period: Give a date or a period, not both"),
                Arguments.of(
                        "a final response without a formal complaint",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"raisedBefore\":{\"routes\":[\"LINE_MANAGER\"],"
                                + "\"finalResponseOn\":\"2026-01-01\"}}",
                        400,
                        "raisedBefore.finalResponseOn: A final response date goes with a formal complaint"),
                Arguments.of(
                        "a professional without a role",
                        "application/json",
                        "{" + valid + ",\"description\":\"x\",\"professionals\":[{\"name\":\"Dr Who\"}]}",
                        400,
                        "professionals[0].role: Choose the role"),
                Arguments.of(
                        "empty description",
                        "application/json",
                        "{" + valid + ",\"description\":\"\"}",
                        400,
                        "description"),
                Arguments.of(
                        "whitespace description",
                        "application/json",
                        "{" + valid + ",\"description\":\" \\n\\t \"}",
                        400,
                        "description"),
                Arguments.of(
                        "description over 20,000 characters",
                        "application/json",
                        "{" + valid + ",\"description\":\"" + "a".repeat(20_001) + "\"}",
                        400,
                        "description"),
                Arguments.of(
                        "unknown identity",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"x\",\"identity\":\"SECRET\"}",
                        400,
                        "identity"),
                Arguments.of(
                        "named without contact details",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"x\",\"identity\":\"NAMED\"}",
                        400,
                        "reporter"),
                Arguments.of(
                        "anonymous with contact details",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\","
                                + "\"reporter\":{\"name\":\"A\",\"email\":\"a@nhs.net\"}}",
                        400,
                        "reporter"),
                Arguments.of(
                        "confidential with a malformed email",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"x\",\"identity\":\"CONFIDENTIAL\","
                                + "\"reporter\":{\"name\":\"A\",\"email\":\"not-an-email\"}}",
                        400,
                        "reporter.email"),
                Arguments.of(
                        "malformed JSON",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},",
                        400,
                        "JSON"),
                Arguments.of("a JSON array", "application/json", "[1,2,3]", 400, "JSON"),
                Arguments.of("wrong content type", "text/plain", "organisationCode=R0A", 415, "text/plain"),
                Arguments.of(
                        "huge body",
                        "application/json",
                        "{" + valid + ",\"description\":\"" + "a".repeat(200_000) + "\"}",
                        413,
                        "larger than"),
                Arguments.of(
                        "hostile markup in the organisation code",
                        "application/json",
                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"<script>alert(1)</script>\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                        400,
                        "provider.odsCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputGetsAProblemNamingWhatIsWrongAndChangesNothing(
            String name, String contentType, String body, int status, String named) throws Exception {
        await().until(() -> count("outbox") == 0);
        long concernsBefore = count("concern");
        int publishedBefore = raised.records().size();

        HttpResponse<String> response = post(contentType, body);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(named);
        assertThat(response.body()).doesNotContain("<script>");
        assertThat(count("concern")).isEqualTo(concernsBefore);
        assertThat(count("outbox")).isZero();
        assertThat(raised.records()).hasSize(publishedBefore);
    }

    @Test
    void retryWithTheSameIdempotencyKeyAndBodyReturnsTheFirstReferenceAndStoresOneConcern() throws Exception {
        String key = UUID.randomUUID().toString();
        String body =
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Retry check\",\"identity\":\"ANONYMOUS\"}";
        long concernsBefore = count("concern");

        HttpResponse<String> first = post("application/json", body, key);
        HttpResponse<String> retry = post("application/json", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).get("reference"))
                .isEqualTo(JSON.readTree(first.body()).get("reference"));
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(count("concern")).isEqualTo(concernsBefore + 1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefusedAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post(
                "application/json",
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"First\",\"identity\":\"ANONYMOUS\"}",
                key);
        long concernsBefore = count("concern");

        HttpResponse<String> other = post(
                "application/json",
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Second\",\"identity\":\"ANONYMOUS\"}",
                key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(other.body()).get("title").asString()).isEqualTo("Idempotency-Key already used");
        assertThat(count("concern")).isEqualTo(concernsBefore);
    }

    @Test
    void malformedIdempotencyKeyIsAProblemNamingTheHeader() throws Exception {
        long concernsBefore = count("concern");

        HttpResponse<String> response = post(
                "application/json",
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"x\",\"identity\":\"ANONYMOUS\"}",
                "k".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("Idempotency-Key");
        assertThat(count("concern")).isEqualTo(concernsBefore);
    }

    @Test
    void everyAnswerCarriesTheBrowserSecurityHeaders() throws Exception {
        HttpResponse<String> accepted = post(
                "application/json",
                "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Headers\",\"identity\":\"ANONYMOUS\"}");
        HttpResponse<String> refused = post("application/json", "{");
        HttpResponse<String> tooLarge = post("application/json", "{\"description\":\"" + "a".repeat(70_000) + "\"}");

        for (HttpResponse<String> response : List.of(accepted, refused, tooLarge)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
        assertThat(List.of(accepted.statusCode(), refused.statusCode(), tooLarge.statusCode()))
                .containsExactly(201, 400, 413);
    }

    @Test
    void withTheBrokerDownConcernsAreStillAcceptedAndFlowOnOnceWhenItReturns() throws Exception {
        infrastructure.stopKafka();
        String concernId;
        try {
            HttpResponse<String> response = post(
                    "application/json",
                    "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"RRK\"},\"description\":\"Outage check\",\"identity\":\"ANONYMOUS\"}");

            assertThat(response.statusCode()).isEqualTo(201);
            concernId = JSON.readTree(response.body()).get("concernId").asString();
            assertThat(jdbc.sql("select count(*) from outbox where message_key = ?")
                            .param(concernId)
                            .query(Long.class)
                            .single())
                    .as("the concern waits in the outbox")
                    .isEqualTo(1);
        } finally {
            infrastructure.startKafka();
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(raised.recordsWithKey(concernId)).hasSize(1));
        await().until(() -> count("outbox") == 0);
        assertThat(raised.recordsWithKey(concernId)).hasSize(1);
    }

    @Test
    void publishedOpenApiDocumentDescribesTheRunningApi() throws Exception {
        String served = http.send(
                        HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString())
                .body();

        JsonNode document = OpenApiDocument.verify("intake", served);

        assertThat(document.at("/paths/~1api~1v1~1concerns/post").isMissingNode())
                .isFalse();
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(request(contentType, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String contentType, String body, String idempotencyKey) throws Exception {
        return http.send(
                request(contentType, body)
                        .header("Idempotency-Key", idempotencyKey)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String contentType, String body) {
        return HttpRequest.newBuilder(uri("/api/v1/concerns"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
