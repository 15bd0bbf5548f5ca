package org.candour.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The real authorisation server on a random port, asked for tokens as an ICB's or a national body's client would. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.authorisation.issuer=https://auth.candour.test")
class AuthorisationServerTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String KEY = "a local key, as the launcher makes one";
    private static final Path credentials = credentialsFile();

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) {
        registry.add("candour.authorisation.client-secret-key", () -> KEY);
        registry.add("candour.authorisation.credentials-file", credentials::toString);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void anIcbsClientGetsAShortLivedSignedTokenNamingItsIcbAndItsScopes() throws Exception {
        HttpResponse<String> response = token("icb-QOP", secretOf("icb-QOP"), "cases.read cases.acknowledge");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt jwt = decoder().decode(accessToken(response));
        assertThat(jwt.getClaimAsString("icb")).isEqualTo("QOP");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactlyInAnyOrder("cases.read", "cases.acknowledge");
        assertThat(jwt.getSubject()).isEqualTo("icb-QOP");
        assertThat(jwt.getIssuer()).hasToString("https://auth.candour.test");
        assertThat(jwt.getExpiresAt()).isBeforeOrEqualTo(jwt.getIssuedAt().plusSeconds(300));
    }

    @Test
    void aNationalBodysClientIsNamedAsThatBodyAndCannotAskForAnIcbsScopes() throws Exception {
        HttpResponse<String> granted = token("body-GMC", secretOf("body-GMC"), "notifications.read webhooks.manage");
        HttpResponse<String> refused = token("body-GMC", secretOf("body-GMC"), "cases.read");

        Jwt jwt = decoder().decode(accessToken(granted));
        assertThat(jwt.getClaimAsString("body")).isEqualTo("GMC");
        assertThat(jwt.getClaimAsStringList("scope"))
                .containsExactlyInAnyOrder("notifications.read", "webhooks.manage");
        assertThat(jwt.getClaimAsString("icb")).isNull();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_scope");
    }

    @Test
    void aWrongSecretOrAnUnknownClientGetsNoToken() throws Exception {
        assertThat(token("icb-QOP", "guess", "cases.read").statusCode()).isEqualTo(401);
        assertThat(token("icb-QOP", secretOf("icb-QHL"), "cases.read").statusCode())
                .isEqualTo(401);
        assertThat(token("icb-ZZZ", Clients.secret(KEY, "icb-ZZZ"), "cases.read")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyClientIsWrittenForDevelopersWithItsOwnSecretReadableByTheOwnerOnly() throws Exception {
        List<String> lines = Files.readAllLines(credentials);

        assertThat(lines).hasSize(42 + 12 + 1).contains("icb-QOP " + Clients.secret(KEY, "icb-QOP"));
        assertThat(lines.stream().map(line -> line.split(" ")[1]).distinct()).hasSize(lines.size());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
    }

    /** The client's secret as a developer reads it from the credentials file. */
    private static String secretOf(String clientId) throws IOException {
        return Files.readAllLines(credentials).stream()
                .filter(line -> line.startsWith(clientId + " "))
                .map(line -> line.substring(clientId.length() + 1))
                .findFirst()
                .orElseThrow();
    }

    private static Path credentialsFile() {
        try {
            Path directory = Files.createTempDirectory("candour-authorisation-test");
            directory.toFile().deleteOnExit();
            return directory.resolve("oauth-clients");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> token(String client, String secret, String scope) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&scope=" + scope.replace(" ", "+")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Checks the signature against the server's published keys, as a resource server would. */
    private NimbusJwtDecoder decoder() {
        return NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks")
                .build();
    }

    private static String accessToken(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("access_token").asString();
    }
}
