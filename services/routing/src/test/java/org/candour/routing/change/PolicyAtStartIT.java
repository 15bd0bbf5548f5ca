package org.candour.routing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candour.events.ConcernClassifiedV2;
import org.candour.routing.RoutingApplication;
import org.candour.routing.cases.RouteConcern;
import org.candour.routing.policy.RoutingRule;
import org.candour.routing.policy.RunningPolicy;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routing started, stopped and started again on the same real PostgreSQL, with the policy file broken
 * in between: the version last in force is read back from its record and routing starts with it.
 */
@ExtendWith(OutputCaptureExtension.class)
class PolicyAtStartIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();

    private static final String SHIPPED = shipped();

    /** An unknown destination in the first rule, on the file's line 5. */
    private static final String BROKEN =
            SHIPPED.replace("\"rules\": [", "\"rules\": [\n    {\"id\": \"X-1\", \"destination\": \"NOWHERE\"},");

    @Test
    void aFileBrokenAtStartIsRefusedWithItsLineAndTheVersionLastInForceStartsAndDecides(CapturedOutput output)
            throws Exception {
        String database = "routing_policy_start_it";
        Path file = Files.createTempFile("candour-policy-start-it", ".json");
        Files.writeString(file, SHIPPED);
        try (ConfigurableApplicationContext first = start(database, file)) {
            assertThat(first.getBean(RunningPolicy.class).current().version()).isEqualTo("routing-2026.36");
            assertThat(first.getBean(JdbcClient.class)
                            .sql("select f.policy from policy_switch s join policy_file f on f.digest = s.digest"
                                    + " where s.outcome = 'SWITCHED'")
                            .query(String.class)
                            .single())
                    .isEqualTo(SHIPPED);
        }

        Files.writeString(file, BROKEN);
        try (ConfigurableApplicationContext second = start(database, file)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(second.getBean(RunningPolicy.class).current().version()).isEqualTo("routing-2026.36");
            List<Map<String, Object>> refused = jdbc.sql(
                            "select version, location, reason from policy_switch where outcome = 'REFUSED'")
                    .query()
                    .listOfRows();
            assertThat(refused).singleElement().satisfies(row -> {
                assertThat(row.get("version")).isNull();
                assertThat(row.get("location")).isEqualTo("file:" + file);
                assertThat((String) row.get("reason"))
                        .startsWith("The routing policy at file:" + file + " is not valid: /rules/0 at line 5:")
                        .contains("NOWHERE")
                        .endsWith("Routing starts with routing-2026.36, the version last in force.");
            });
            assertThat(output.getOut())
                    .containsPattern(
                            "ERROR .* The routing policy at file:" + file + " is not valid: /rules/0 at line 5");
            assertThat(readiness(second)).isEqualTo(200);

            ConcernClassifiedV2 concern = classified(trust("R0A"));
            second.getBean(RouteConcern.class).route(concern);
            assertThat(jdbc.sql("select routing_policy_version from classification where concern_id = ?")
                            .param(concern.concernId())
                            .query(String.class)
                            .single())
                    .isEqualTo("routing-2026.36");
            assertThat(switched(jdbc)).containsExactly("routing-2026.36");
        }

        // Changed rules under the version in force are refused at start too, and the version kept is its own.
        Files.writeString(file, SHIPPED.replace("(house rule)", "(a house rule)"));
        try (ConfigurableApplicationContext third = start(database, file)) {
            JdbcClient jdbc = third.getBean(JdbcClient.class);
            assertThat(third.getBean(RunningPolicy.class).current().version()).isEqualTo("routing-2026.36");
            assertThat(third.getBean(RunningPolicy.class).current().rules())
                    .extracting(RoutingRule::reason)
                    .anySatisfy(reason -> assertThat(reason).endsWith("(house rule)."))
                    .noneSatisfy(reason -> assertThat(reason).contains("(a house rule)"));
            assertThat(jdbc.sql("select version || ': ' || reason from policy_switch where outcome = 'REFUSED'"
                                    + " order by position")
                            .query(String.class)
                            .list())
                    .hasSize(2)
                    .last()
                    .asString()
                    .startsWith(
                            "routing-2026.36: The routing policy at file:" + file + " says version routing-2026.36,")
                    .contains("give changed rules a new version")
                    .endsWith("Routing starts with routing-2026.36, the version last in force.");

            // Put right while routing runs, the file is taken again without a refusal.
            Files.writeString(file, SHIPPED);
            third.getBean(PolicySwitches.class).reload();
            assertThat(jdbc.sql("select count(*) from policy_switch")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(switched(jdbc)).containsExactly("routing-2026.36");
        }
    }

    @Test
    void aFileBrokenAtTheFirstStartStopsRoutingWithTheFileLineAndReason() throws IOException {
        Path file = Files.createTempFile("candour-policy-first-start-it", ".json");
        Files.writeString(file, BROKEN);

        assertThatThrownBy(() -> start("routing_policy_first_start_it", file).close())
                .rootCause()
                .hasMessageStartingWith("The routing policy at file:" + file + " is not valid: /rules/0 at line 5:")
                .hasMessageContaining("NOWHERE")
                .hasMessageEndingWith(
                        "No routing policy version was in force before, so routing cannot start until the file is put"
                                + " right.");
    }

    /** Routing as it runs, on its own database, without consuming, so that only the test decides. */
    private static ConfigurableApplicationContext start(String database, Path policy) {
        Map<String, Object> properties = new HashMap<>();
        infrastructure.register(database, (name, value) -> properties.put(name, value.get()));
        properties.put("server.port", 0);
        properties.put("candour.routing.policy-location", "file:" + policy);
        properties.put("candour.routing.policy-refresh", "1h");
        properties.put("spring.cloud.stream.bindings.concernClassified-in-0.consumer.auto-startup", false);
        // As arguments, not default properties, which application.yml would override.
        return new SpringApplicationBuilder(RoutingApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    private static int readiness(ConfigurableApplicationContext context) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static List<String> switched(JdbcClient jdbc) {
        return jdbc.sql("select version from policy_switch where outcome = 'SWITCHED' order by position")
                .query(String.class)
                .list();
    }

    private static String shipped() {
        try (InputStream in = PolicyAtStartIT.class.getResourceAsStream("/policy/routing-policy.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
