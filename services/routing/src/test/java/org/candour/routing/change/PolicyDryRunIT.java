package org.candour.routing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.trust;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.routing.cases.RouteConcern;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A candidate policy run over the concerns routing holds, and switches of version recorded, on a real PostgreSQL, behind real token checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyDryRunIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final TestIssuer issuer = new TestIssuer();

    @Value("${local.server.port}")
    int port;

    @Autowired
    RouteConcern routeConcern;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicySwitches policySwitches;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_dry_run_it", registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::uri);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void aCandidateWithoutTheWeighedAndCrossProviderIcsRulesLosesThoseIcbCasesWithTheirReasonsAndChangesNothing()
            throws Exception {
        ConcernClassifiedV2 crossProvider = route(classified(trust("R0A")));
        ConcernClassifiedV2 practice = route(classified(
                new Provider(ProviderKind.GP_PRACTICE, null, "Beech House Surgery", "QOP"),
                List.of(),
                List.of(),
                List.of()));
        ObjectNode candidate = shipped();
        candidate.put("version", "routing-candidate");
        ArrayNode rules = (ArrayNode) candidate.get("rules");
        // Without the weighed ICS rule, the plain ICS rules decide alone, and none but ICS-4 takes a failure
        // between organisations at a trust.
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (List.of("ICS-W", "ICS-4").contains(rules.get(i).get("id").asString())) {
                rules.remove(i);
            }
        }
        long casesBefore = cases();

        HttpResponse<String> response = dryRun(JSON.writeValueAsString(candidate), quality());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("runningVersion").asString()).isEqualTo("routing-2026.36");
        assertThat(report.get("candidateVersion").asString()).isEqualTo("routing-candidate");
        assertThat(report.get("concernsEvaluated").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode change = changeOf(report, crossProvider.reference());
        assertThat(change).isNotNull();
        assertThat(change.get("gained")).isEmpty();
        assertThat(change.get("lost")).singleElement().satisfies(lost -> {
            assertThat(lost.get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
            assertThat(lost.get("recipientCode").asString()).isEqualTo("QOP");
            assertThat(lost.get("reasons"))
                    .anySatisfy(reason -> assertThat(reason.asString()).contains("between organisations"));
        });
        assertThat(changeOf(report, practice.reference()))
                .as("a GP practice keeps its ICS case")
                .isNull();
        assertThat(cases()).isEqualTo(casesBefore);
    }

    @Test
    void aCandidateThatAddsABodySaysWhichConcernsGainItAndWhy() throws Exception {
        ConcernClassifiedV2 concern = route(classified(trust("RBV")));
        ObjectNode candidate = shipped();
        candidate.put("version", "routing-candidate-2");
        ObjectNode hssib = JSON.createObjectNode()
                .put("destination", "HSSIB")
                .put("recipient", "NATIONAL_BODY")
                .put("recipientName", "Health Services Safety Investigations Body")
                // HSSIB-W decides HSSIB (ADR 0035): a criterion meant to send concerns whatever the weighing says
                // is decisive.
                .put("decisive", true)
                .put("reason", "Every medication incident, for a national study.");
        hssib.putArray("incidentCategories").add("MEDICATION");
        ((ArrayNode) candidate.get("rules")).add(hssib);

        JsonNode report = JSON.readTree(
                dryRun(JSON.writeValueAsString(candidate), quality()).body());

        JsonNode change = changeOf(report, concern.reference());
        assertThat(change).isNotNull();
        assertThat(change.get("lost")).isEmpty();
        assertThat(change.get("gained")).singleElement().satisfies(gained -> {
            assertThat(gained.get("destination").asString()).isEqualTo("HSSIB");
            assertThat(gained.get("reasons").get(0).asString())
                    .contains("national study")
                    .contains("MEDICATION");
        });
    }

    @Test
    void anInvalidCandidateIsRefusedWithTheEntryAndLineAndOnlyTheQualityTeamMayTryOne() throws Exception {
        ObjectNode misspelt = shipped();
        ((ObjectNode) misspelt.get("rules").get(1)).put("providerKind", "NHS_TRUST");

        HttpResponse<String> unknownField =
                dryRun(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(misspelt), quality());
        HttpResponse<String> notJson = dryRun("{\"version\":", quality());
        HttpResponse<String> empty = dryRun("{}", quality());
        HttpResponse<String> huge = dryRun("\"" + "x".repeat(1_000_001) + "\"", quality());
        HttpResponse<String> noToken = dryRun(JSON.writeValueAsString(shipped()), null);
        HttpResponse<String> anIcb = dryRun(JSON.writeValueAsString(shipped()), issuer.icbToken("QOP", "cases.read"));

        assertThat(unknownField.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknownField.body()).get("detail").asString())
                .contains("/rules/1 at line")
                .contains("providerKind");
        assertThat(List.of(notJson, empty))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(422));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(anIcb.statusCode()).isEqualTo(403);
    }

    @Test
    void eachSwitchOfVersionIsRecordedOnceAndChangedRulesUnderAVersionAlreadyUsedAreRefused() {
        assertThat(switches()).as("recorded at start").containsExactly("routing-2026.36 after none");

        policySwitches.restart();
        assertThat(switches()).as("the same version again records nothing").hasSize(1);

        jdbc.sql("insert into policy_switch (outcome, version, digest, location, previous_version, switched_at)"
                        + " values ('SWITCHED', 'routing-2026.37', 'elsewhere', 'file:/tmp/candidate.json',"
                        + " 'routing-2026.36', now())")
                .update();
        policySwitches.restart();
        assertThat(switches())
                .endsWith("routing-2026.37 after routing-2026.36", "routing-2026.36 after routing-2026.37");

        jdbc.sql("insert into policy_switch (outcome, version, digest, location, previous_version, switched_at)"
                        + " values ('SWITCHED', 'routing-2026.36', 'other rules', 'file:/tmp/edited.json',"
                        + " 'routing-2026.36', now())")
                .update();
        assertThatThrownBy(() -> policySwitches.restart()).hasMessageContaining("give changed rules a new version");
    }

    private List<String> switches() {
        return jdbc.sql("select version || ' after ' || coalesce(previous_version, 'none') from policy_switch"
                        + " order by position")
                .query(String.class)
                .list();
    }

    private ConcernClassifiedV2 route(ConcernClassifiedV2 concern) {
        routeConcern.route(concern);
        return concern;
    }

    private long cases() {
        return jdbc.sql("select count(*) from routed_case").query(Long.class).single();
    }

    private static @Nullable JsonNode changeOf(JsonNode report, String reference) {
        return report.get("changes")
                .valueStream()
                .filter(change -> change.get("reference").asString().equals(reference))
                .findFirst()
                .orElse(null);
    }

    private static ObjectNode shipped() throws IOException {
        try (InputStream in = PolicyDryRunIT.class.getResourceAsStream("/policy/routing-policy.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static String quality() {
        return issuer.token("quality-team", "policy.dry-run", Map.of("team", "quality"));
    }

    private HttpResponse<String> dryRun(String candidate, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/routing-policy/dry-runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(candidate));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
