package org.candour.delivery.endpoint;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.delivery.webhook.AddressResolver;
import org.candour.delivery.webhook.WebhookSecret;
import org.candour.delivery.webhook.WebhookSignature;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints API against the real resource server (signed JWTs from a stand-in issuer, checked for
 * signature, issuer, expiry and scope) and the real PostgreSQL. Host names resolve through a fixed map
 * instead of DNS, so that a name can be made to point inside the network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EndpointsIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final TestIssuer issuer = new TestIssuer();
    private static final String MANAGE = "webhooks.manage notifications.read";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Endpoints endpoints;

    @Autowired
    EndpointSecrets secrets;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("delivery_endpoints_it", registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::uri);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    /** Names the tests use: one public, one that a body might point at its own network. */
    @TestConfiguration
    static class Names {
        @Bean
        @Primary
        AddressResolver fixedNames() {
            Map<String, String> names = Map.of(
                    "hooks.cqc.test", "203.0.113.10",
                    "hooks.gmc.test", "203.0.113.11",
                    "inside.cqc.test", "10.0.0.1");
            return host -> {
                String address = names.get(host);
                if (address == null) {
                    throw new UnknownHostException(host);
                }
                return List.of(InetAddress.getByName(address));
            };
        }
    }

    @Test
    void aBodyRegistersAnEndpointAndSeesItsSecretThisOnceOnly() throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);

        HttpResponse<String> created = post("/api/v1/bodies/CQC/endpoints", token, """
                {"url": "https://hooks.cqc.test/candour", "eventTypes": ["case.routed"],
                 "description": "Our intake queue", "rateLimitPerSecond": 20}
                """);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode registered = JSON.readTree(created.body());
        String secret = registered.get("secret").asString();
        UUID id = UUID.fromString(registered.at("/endpoint/id").asString());
        assertThat(secret).startsWith("whsec_");
        assertThat(WebhookSecret.parse(secret).key()).hasSize(32);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/bodies/CQC/endpoints/" + id));
        assertThat(registered.get("endpoint").toString())
                .contains("\"status\":\"ACTIVE\"")
                .contains("\"url\":\"https://hooks.cqc.test/candour\"")
                .contains("\"rateLimitPerSecond\":20")
                .contains("\"body\":\"CQC\"");

        HttpResponse<String> listed = get("/api/v1/bodies/CQC/endpoints", token);
        HttpResponse<String> read = get("/api/v1/bodies/CQC/endpoints/" + id, token);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(listed.body())
                        .get("endpoints")
                        .valueStream()
                        .map(endpoint -> endpoint.get("id").asString()))
                .contains(id.toString());
        assertThat(List.of(listed.body(), read.body()))
                .allSatisfy(body -> assertThat(body)
                        .doesNotContain(secret)
                        .doesNotContain(secret.substring("whsec_".length()))
                        .doesNotContain("\"secret\""));

        assertThat(secrets.signingSecrets(id, Instant.now())).containsExactly(WebhookSecret.parse(secret));
        byte[] sealed = jdbc.sql("select sealed from endpoint_secret where endpoint_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(sealed, UTF_8)).doesNotContain(secret.substring("whsec_".length()));
        assertThat(endpoints.activeFor("CQC", EventTypes.CASE_ROUTED))
                .extracting(Endpoint::id)
                .contains(id);
        assertThat(endpoints.activeFor("GMC", EventTypes.CASE_ROUTED))
                .extracting(Endpoint::id)
                .doesNotContain(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://hooks.cqc.test/candour           | The URL must use https.
            https://user:pass@hooks.cqc.test/hook    | The URL must not contain credentials.
            https://127.0.0.1/hook                   | 127.0.0.1
            https://10.0.0.1/hook                    | 10.0.0.1
            https://169.254.169.254/latest/meta-data | 169.254.169.254
            https://[::1]/hook                       | loopback
            https://inside.cqc.test/hook             | inside.cqc.test resolves to 10.0.0.1, a private address
            https://nowhere.cqc.test/hook            | nowhere.cqc.test
            https://hooks.cqc.test/hook#part         | The URL must not contain a fragment.
            """)
    void aUrlThatIsNotHttpsOrCouldReachInsideTheNetworkIsRefusedWithTheReasonAndNothingIsStored(
            String url, String reason) throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);
        int before = endpointsOf("CQC");

        HttpResponse<String> refused = post(
                "/api/v1/bodies/CQC/endpoints",
                token,
                "{\"url\": \"%s\", \"eventTypes\": [\"case.routed\"]}".formatted(url));

        assertProblem(refused, 400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.at("/errors/0/parameter").asString()).isEqualTo("url");
        assertThat(problem.at("/errors/0/detail").asString()).contains(reason);
        assertThat(problem.get("detail").asString()).contains(reason);
        assertThat(endpointsOf("CQC")).isEqualTo(before);
    }

    @Test
    void aUrlOver2048CharactersIsRefused() throws Exception {
        String url = "https://hooks.cqc.test/" + "a".repeat(2049 - "https://hooks.cqc.test/".length());
        assertThat(url).hasSize(2049);

        HttpResponse<String> refused = post(
                "/api/v1/bodies/CQC/endpoints",
                issuer.bodyToken("CQC", MANAGE),
                "{\"url\": \"%s\", \"eventTypes\": [\"case.routed\"]}".formatted(url));

        assertProblem(refused, 400);
        assertThat(refused.body()).contains("The URL is longer than 2,048 characters.");
    }

    @Test
    void everyBadFieldIsNamedInOneProblemAndNothingIsStored() throws Exception {
        int before = endpointsOf("CQC");

        HttpResponse<String> refused =
                post("/api/v1/bodies/CQC/endpoints", issuer.bodyToken("CQC", MANAGE), """
                {"url": "https://hooks.cqc.test/hook", "eventTypes": ["case.routed", "case.exploded"],
                 "description": "%s", "rateLimitPerSecond": 1001}
                """.formatted("x".repeat(501)));
        HttpResponse<String> noTypes = post(
                "/api/v1/bodies/CQC/endpoints",
                issuer.bodyToken("CQC", MANAGE),
                "{\"url\": \"https://hooks.cqc.test/hook\", \"eventTypes\": [], \"rateLimitPerSecond\": 0}");
        HttpResponse<String> controlCharacters = post(
                "/api/v1/bodies/CQC/endpoints",
                issuer.bodyToken("CQC", MANAGE),
                "{\"url\": \"https://hooks.cqc.test/hook\", \"eventTypes\": [\"case.routed\"], \"description\": \"a\\u0007b\"}");
        HttpResponse<String> notJson =
                post("/api/v1/bodies/CQC/endpoints", issuer.bodyToken("CQC", MANAGE), "{\"url\": ");

        assertProblem(refused, 400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(e -> e.get("parameter").asString()))
                .containsExactly("eventTypes", "description", "rateLimitPerSecond");
        assertThat(problem.get("detail").asString())
                .contains("Unknown event type case.exploded; use case.routed.")
                .contains("500 characters; it has 501")
                .contains("from 1 to 1000");
        assertProblem(noTypes, 400);
        assertThat(JSON.readTree(noTypes.body())
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("parameter").asString()))
                .containsExactly("eventTypes", "rateLimitPerSecond");
        assertProblem(controlCharacters, 400);
        assertThat(controlCharacters.body()).contains("control characters");
        assertProblem(notJson, 400);
        assertThat(endpointsOf("CQC")).isEqualTo(before);
    }

    @Test
    void aRequestBodyOver16KibIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> refused = post(
                "/api/v1/bodies/CQC/endpoints",
                issuer.bodyToken("CQC", MANAGE),
                "{\"url\": \"https://hooks.cqc.test/hook\", \"eventTypes\": [\"case.routed\"], \"description\": \"%s\"}"
                        .formatted("x".repeat(16 * 1024)));

        assertProblem(refused, 413);
    }

    @Test
    void aChunkedRequestBodyIsCountedAsItIsRead() throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);
        String small = "{\"url\": \"https://hooks.cqc.test/chunked\", \"eventTypes\": [\"case.routed\"]}";
        String large = small.replace("}", ", \"description\": \"" + "x".repeat(16 * 1024) + "\"}");

        HttpResponse<String> accepted = postChunked("/api/v1/bodies/CQC/endpoints", token, small);
        HttpResponse<String> refused = postChunked("/api/v1/bodies/CQC/endpoints", token, large);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertProblem(refused, 413);
    }

    @Test
    void anotherBodysEndpointsAreNotFoundAndAnUnknownBodyIsABadRequest() throws Exception {
        UUID gmcEndpoint = register("GMC", "https://hooks.gmc.test/hook");
        String cqc = issuer.bodyToken("CQC", MANAGE);

        HttpResponse<String> otherBodysList = get("/api/v1/bodies/GMC/endpoints", cqc);
        HttpResponse<String> otherBodysEndpoint = get("/api/v1/bodies/GMC/endpoints/" + gmcEndpoint, cqc);
        HttpResponse<String> viaOwnPath = get("/api/v1/bodies/CQC/endpoints/" + gmcEndpoint, cqc);
        HttpResponse<String> pauseViaOwnPath = post("/api/v1/bodies/CQC/endpoints/" + gmcEndpoint + "/pause", cqc, "");
        HttpResponse<String> registerForOther = post(
                "/api/v1/bodies/GMC/endpoints",
                cqc,
                "{\"url\": \"https://hooks.cqc.test/hook\", \"eventTypes\": [\"case.routed\"]}");
        HttpResponse<String> notABody = get("/api/v1/bodies/TRUST_BOARD/endpoints", cqc);
        HttpResponse<String> nonsense = get("/api/v1/bodies/XYZ/endpoints", cqc);

        assertThat(List.of(otherBodysList, otherBodysEndpoint, viaOwnPath, pauseViaOwnPath, registerForOther))
                .allSatisfy(response -> assertProblem(response, 404));
        assertThat(List.of(notABody, nonsense)).allSatisfy(response -> assertProblem(response, 400));
        assertThat(nonsense.body()).contains("CQC, GCC, GDC, GMC, GOC, GOSC, GPHC, HCPC, HSSIB, NMC, PHSO, SWE");
        assertThat(endpoints.find(gmcEndpoint))
                .hasValueSatisfying(endpoint -> assertThat(endpoint.status()).isEqualTo(EndpointStatus.ACTIVE));
    }

    @Test
    void withoutATokenItIs401AndWithoutTheScopeItIs403() throws Exception {
        String readOnly = issuer.bodyToken("CQC", "notifications.read");
        String body = "{\"url\": \"https://hooks.cqc.test/hook\", \"eventTypes\": [\"case.routed\"]}";

        assertProblem(get("/api/v1/bodies/CQC/endpoints", null), 401);
        assertProblem(post("/api/v1/bodies/CQC/endpoints", null, body), 401);
        assertProblem(get("/api/v1/bodies/CQC/endpoints", "not-a-jwt"), 401);
        assertProblem(post("/api/v1/bodies/CQC/endpoints", readOnly, body), 403);
        assertProblem(get("/api/v1/bodies/CQC/endpoints", readOnly), 403);
        assertThat(get("/api/v1/notifications?limit=1", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPausedEndpointGetsNothingNewUntilResumedAndAnEndpointDisabledForFailingCanBeResumedByItsOwner()
            throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);
        UUID id = register("CQC", "https://hooks.cqc.test/paused");

        HttpResponse<String> paused = post("/api/v1/bodies/CQC/endpoints/" + id + "/pause", token, "");
        HttpResponse<String> pausedAgain = post("/api/v1/bodies/CQC/endpoints/" + id + "/pause", token, "");
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(pausedAgain.body()).get("status").asString()).isEqualTo("PAUSED");
        assertThat(endpoints.activeFor("CQC", EventTypes.CASE_ROUTED))
                .extracting(Endpoint::id)
                .doesNotContain(id);

        HttpResponse<String> resumed = post("/api/v1/bodies/CQC/endpoints/" + id + "/resume", token, "");
        assertThat(JSON.readTree(resumed.body()).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(endpoints.activeFor("CQC", EventTypes.CASE_ROUTED))
                .extracting(Endpoint::id)
                .contains(id);

        // As sending disables an endpoint that answered 410 or failed for days.
        jdbc.sql("""
                        update endpoint set status = 'DISABLED', status_reason = 'Failing since five days ago',
                                            failing_since = now() - interval '5 days' where id = ?""").param(id).update();
        assertProblem(post("/api/v1/bodies/CQC/endpoints/" + id + "/pause", token, ""), 409);
        JsonNode reenabled = JSON.readTree(post("/api/v1/bodies/CQC/endpoints/" + id + "/resume", token, "")
                .body());
        assertThat(reenabled.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(reenabled.get("failingSince").isNull()).isTrue();
        assertThat(reenabled.get("statusReason").isNull()).isTrue();
        assertThat(endpoints.find(id)).hasValueSatisfying(endpoint -> {
            assertThat(endpoint.status()).isEqualTo(EndpointStatus.ACTIVE);
            assertThat(endpoint.failingSince()).isNull();
        });
        assertProblem(post("/api/v1/bodies/CQC/endpoints/" + UUID.randomUUID() + "/resume", token, ""), 404);
    }

    @Test
    void duringARotationTheOldAndNewSecretsBothSignUntilTheGracePeriodEnds() throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);
        HttpResponse<String> created = post(
                "/api/v1/bodies/CQC/endpoints",
                token,
                "{\"url\": \"https://hooks.cqc.test/rotating\", \"eventTypes\": [\"case.routed\"]}");
        JsonNode registered = JSON.readTree(created.body());
        UUID id = UUID.fromString(registered.at("/endpoint/id").asString());
        WebhookSecret old = WebhookSecret.parse(registered.get("secret").asString());

        HttpResponse<String> rotation =
                post("/api/v1/bodies/CQC/endpoints/" + id + "/secret/rotation", token, "{\"gracePeriodHours\": 2}");

        assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(201);
        WebhookSecret current =
                WebhookSecret.parse(JSON.readTree(rotation.body()).get("secret").asString());
        assertThat(current).isNotEqualTo(old);
        Instant now = Instant.now();
        List<WebhookSecret> signing = secrets.signingSecrets(id, now);
        assertThat(signing).containsExactly(current, old);
        String body = "{\"type\":\"case.routed\"}";
        Map<String, List<String>> headers =
                asHeaders(WebhookSignature.headers("msg_" + UUID.randomUUID(), now, body.getBytes(UTF_8), signing));
        assertThatCode(() -> new Webhook(current.encoded()).verify(body, headers))
                .doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(old.encoded()).verify(body, headers)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate().encoded()).verify(body, headers))
                .isInstanceOf(WebhookVerificationException.class);

        assertThat(secrets.signingSecrets(id, now.plus(Duration.ofHours(2)).plusSeconds(1)))
                .containsExactly(current);

        HttpResponse<String> immediate =
                post("/api/v1/bodies/CQC/endpoints/" + id + "/secret/rotation", token, "{\"gracePeriodHours\": 0}");
        WebhookSecret third = WebhookSecret.parse(
                JSON.readTree(immediate.body()).get("secret").asString());
        assertThat(secrets.signingSecrets(id, Instant.now().plusSeconds(1))).containsExactly(third, old);

        HttpResponse<String> tooLong =
                post("/api/v1/bodies/CQC/endpoints/" + id + "/secret/rotation", token, "{\"gracePeriodHours\": 73}");
        assertProblem(tooLong, 400);
        assertThat(tooLong.body()).contains("gracePeriodHours");
        assertThat(secrets.signingSecrets(id, Instant.now().plusSeconds(1))).containsExactly(third, old);
    }

    @Test
    void aRotationWithoutABodyKeepsTheOldSecretSigningForADay() throws Exception {
        String token = issuer.bodyToken("CQC", MANAGE);
        UUID id = register("CQC", "https://hooks.cqc.test/default-grace");

        HttpResponse<String> rotation = post("/api/v1/bodies/CQC/endpoints/" + id + "/secret/rotation", token, "");

        assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(201);
        assertThat(JSON.readTree(rotation.body())
                        .get("previousSecretSignsForHours")
                        .asInt())
                .isEqualTo(24);
        assertThat(secrets.signingSecrets(id, Instant.now().plus(Duration.ofHours(23))))
                .hasSize(2);
        assertThat(secrets.signingSecrets(
                        id, Instant.now().plus(Duration.ofHours(24)).plusSeconds(5)))
                .hasSize(1);
    }

    private UUID register(String body, String url) throws Exception {
        HttpResponse<String> created = post(
                "/api/v1/bodies/" + body + "/endpoints",
                issuer.bodyToken(body, MANAGE),
                "{\"url\": \"%s\", \"eventTypes\": [\"case.routed\"]}".formatted(url));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(created.body()).at("/endpoint/id").asString());
    }

    private int endpointsOf(String body) {
        return jdbc.sql("select count(*) from endpoint where body_code = ?")
                .param(body)
                .query(Integer.class)
                .single();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static Map<String, List<String>> asHeaders(Map<String, String> headers) {
        return headers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, @Nullable String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Without a declared length: the client streams the body in chunks. */
    private HttpResponse<String> postChunked(String path, String token, String body) throws Exception {
        byte[] bytes = body.getBytes(UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
