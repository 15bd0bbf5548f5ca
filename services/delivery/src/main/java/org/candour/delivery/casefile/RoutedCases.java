package org.candour.delivery.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each case as routing routed it, kept whole so that the body's full case (and the webhook's payload)
 * carry the reasons, domains, harm, provider and flags the notification row does not. The first
 * routing of a case is kept, as the notification is.
 */
@Repository
public class RoutedCases {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RoutedCases(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the routed case unless one is already kept; runs in the consumer's transaction, after the notification. */
    public void record(CaseRoutedV1 routed) {
        jdbc.sql("""
                        insert into routed_case (case_id, destination, routed, recorded_at)
                        values (?, ?, cast(? as jsonb), ?)
                        on conflict (case_id) do nothing
                        """)
                .params(
                        routed.caseId(),
                        routed.destination().name(),
                        json.writeValueAsString(routed),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The case as it was routed, whatever its destination. */
    public Optional<CaseRoutedV1> find(UUID caseId) {
        return jdbc.sql("select routed::text from routed_case where case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(routed -> json.readValue(routed, CaseRoutedV1.class));
    }
}
