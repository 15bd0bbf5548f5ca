package org.candour.routing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.trust;
import static org.candour.routing.RoutedCases.destinations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.candour.events.ConcernClassifiedV2;
import org.candour.routing.cases.RouteConcern;
import org.candour.routing.policy.RunningPolicy;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The routing policy file changed while routing runs, on a real PostgreSQL: switched, or refused with the version in force kept. */
@SpringBootTest(properties = "candour.routing.policy-refresh=1h")
class PolicyReloadIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path file = shippedCopy();

    @Autowired
    PolicySwitches switches;

    @Autowired
    RunningPolicy running;

    @Autowired
    RouteConcern routeConcern;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_policy_reload_it", registry);
        registry.add("candour.routing.policy-location", () -> "file:" + file);
    }

    @Test
    void aNewVersionIsSwitchedOnWithoutARestartAndABrokenOrUnversionedChangeIsRefusedKeepingTheVersionInForce()
            throws IOException {
        String shipped = Files.readString(file);

        Files.writeString(
                file, shipped.replace("\"rules\": [", "\"rules\": [ {\"id\": \"X-1\", \"destination\": \"NOWHERE\"},"));
        switches.reload();
        Files.writeString(file, shipped.replace("(house rule)", "(a house rule)"));
        switches.reload();

        assertThat(running.current().version()).isEqualTo("routing-2026.36");
        assertThat(refusals())
                .satisfiesExactly(
                        broken -> assertThat(broken)
                                .contains("is not valid")
                                .contains("NOWHERE")
                                .contains("routing-2026.36 stays in force"),
                        unversioned -> assertThat(unversioned).contains("give changed rules a new version"));

        ObjectNode candidate = (ObjectNode) JSON.readTree(shipped);
        candidate.put("version", "routing-test-7");
        ArrayNode rules = (ArrayNode) candidate.get("rules");
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (List.of("ICS-W", "ICS-4").contains(rules.get(i).get("id").asString())) {
                rules.remove(i);
            }
        }
        Files.writeString(file, JSON.writeValueAsString(candidate));
        switches.reload();
        ConcernClassifiedV2 crossProvider = classified(trust("R0A"));
        routeConcern.route(crossProvider);

        assertThat(running.current().version()).isEqualTo("routing-test-7");
        assertThat(switched()).endsWith("routing-test-7 after routing-2026.36");
        assertThat(destinations(jdbc, crossProvider.concernId())).containsExactly("TRUST_BOARD R0A");
        assertThat(jdbc.sql("select routing_policy_version from classification where concern_id = ?")
                        .param(crossProvider.concernId())
                        .query(String.class)
                        .single())
                .isEqualTo("routing-test-7");

        Files.writeString(file, shipped);
        switches.reload();

        assertThat(running.current().version()).isEqualTo("routing-2026.36");
        assertThat(switched()).endsWith("routing-2026.36 after routing-test-7");
    }

    private List<String> refusals() {
        return jdbc.sql("select reason from policy_switch where outcome = 'REFUSED' order by position")
                .query(String.class)
                .list();
    }

    private List<String> switched() {
        return jdbc.sql("select version || ' after ' || coalesce(previous_version, 'none') from policy_switch"
                        + " where outcome = 'SWITCHED' order by position")
                .query(String.class)
                .list();
    }

    private static Path shippedCopy() {
        try (InputStream in = PolicyReloadIT.class.getResourceAsStream("/policy/routing-policy.json")) {
            Path copy = Files.createTempFile("candour-policy-reload-it", ".json");
            Files.write(copy, in.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
