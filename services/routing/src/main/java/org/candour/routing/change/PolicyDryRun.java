package org.candour.routing.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.Route;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.RunningPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a candidate routing policy over every concern routing holds, as last classified, and compares
 * what it would open with the cases open now: which concerns would gain or lose which bodies, and why.
 * It reads only; nothing is opened, withdrawn or announced.
 */
@Service
public class PolicyDryRun {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RunningPolicy running;
    private final OrganisationDirectory directory;

    PolicyDryRun(JdbcClient jdbc, JsonMapper json, RunningPolicy running, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.json = json;
        this.running = running;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public DryRunReport run(RoutingPolicy candidate) {
        Map<UUID, List<Body>> open = new LinkedHashMap<>();
        jdbc.sql("""
                        select concern_id, destination, recipient_code, recipient_name, reasons
                        from routed_case where status = 'OPEN' order by position
                        """).query(row -> {
            open.computeIfAbsent(row.getObject("concern_id", UUID.class), id -> new ArrayList<>())
                    .add(new Body(
                            row.getString("destination"),
                            row.getString("recipient_code"),
                            row.getString("recipient_name"),
                            json.readValue(row.getString("reasons"), STRINGS)));
        });
        List<ConcernClassifiedV2> concerns = jdbc.sql(
                        "select payload from classification where payload is not null order by decided_at, reference")
                .query((row, n) -> json.readValue(row.getString("payload"), ConcernClassifiedV2.class))
                .list();
        List<DryRunReport.Change> changes = new ArrayList<>();
        for (ConcernClassifiedV2 concern : concerns) {
            List<Body> now = open.getOrDefault(concern.concernId(), List.of());
            List<Body> then = candidate.decide(ClassifiedConcern.of(concern), directory).routes().stream()
                    .map(Body::of)
                    .toList();
            List<Body> gained = then.stream().filter(body -> !body.in(now)).toList();
            List<Body> lost = now.stream().filter(body -> !body.in(then)).toList();
            if (!gained.isEmpty() || !lost.isEmpty()) {
                changes.add(new DryRunReport.Change(concern.reference(), concern.concernId(), gained, lost));
            }
        }
        return new DryRunReport(
                running.current().version(), candidate.version(), concerns.size(), changes.size(), changes);
    }

    /**
     * A body a concern goes to, with the reasons: the candidate's for a body gained, the case's for one lost.
     *
     * @param destination the kind of body
     * @param recipientCode its code
     * @param recipientName its name
     * @param reasons why
     */
    public record Body(String destination, String recipientCode, String recipientName, List<String> reasons) {

        static Body of(Route route) {
            return new Body(route.destination().name(), route.recipientCode(), route.recipientName(), route.reasons());
        }

        boolean in(List<Body> bodies) {
            return bodies.stream()
                    .anyMatch(body -> body.destination.equals(destination) && body.recipientCode.equals(recipientCode));
        }
    }
}
