package org.candour.intake.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.candour.testsupport.Infrastructure;
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

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.intake.rate-limit.requests-per-minute=3",
            "candour.intake.identity-keys[0].id=test",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class ClientRateLimitIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_rate_limit_it", registry);
    }

    @Test
    void clientOverItsLimitGets429WithRetryAfterAndNothingIsStored() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(raise().statusCode()).isEqualTo(201);
        }
        long stored = concerns();

        HttpResponse<String> refused = raise();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("Wait").contains("seconds");
        assertThat(concerns()).isEqualTo(stored);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("reading is not limited")
                .isEqualTo(200);
    }

    private HttpResponse<String> raise() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Rate check\",\"identity\":\"ANONYMOUS\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long concerns() {
        return jdbc.sql("select count(*) from concern").query(Long.class).single();
    }
}
