package org.candour.routing.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Builds a concern's timeline from what routing recorded. */
@Repository
class Timelines {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Optional<Timeline> of(String reference) {
        return jdbc.sql("select * from classification where reference = ?")
                .param(reference)
                .query((row, n) -> {
                    UUID concernId = row.getObject("concern_id", UUID.class);
                    List<Timeline.Entry> entries = new ArrayList<>();
                    entries.add(new Timeline.Classified(
                            row.getTimestamp("classified_at").toInstant(),
                            row.getString("policy_version"),
                            row.getString("primary_domain"),
                            json.readTree(row.getString("domains")),
                            json.readTree(row.getString("harm")),
                            row.getBoolean("urgent"),
                            row.getBoolean("needs_triage")));
                    if ("NEEDS_TRIAGE".equals(row.getString("routing_outcome"))) {
                        entries.add(new Timeline.NeedsTriage(
                                row.getTimestamp("decided_at").toInstant(),
                                row.getString("triage_reason"),
                                row.getString("routing_policy_version")));
                    }
                    return new Timeline(reference, concernId, entries);
                })
                .optional()
                .map(timeline -> withRoutes(timeline));
    }

    private Timeline withRoutes(Timeline timeline) {
        List<Timeline.Entry> entries = new ArrayList<>(timeline.entries());
        entries.addAll(jdbc.sql("select * from routed_case where concern_id = ? order by position")
                .param(timeline.concernId())
                .query((row, n) -> new Timeline.Routed(
                        row.getTimestamp("routed_at").toInstant(),
                        row.getObject("case_id", UUID.class),
                        row.getString("destination"),
                        row.getString("recipient_code"),
                        row.getString("recipient_name"),
                        json.readValue(row.getString("reasons"), STRINGS),
                        row.getString("policy_version")))
                .list());
        return new Timeline(timeline.reference(), timeline.concernId(), entries);
    }
}
