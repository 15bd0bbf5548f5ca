package org.candour.routing.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Builds a concern's timeline from what routing recorded. */
@Repository
class Timelines {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Timeline.WaitingRoute>> WAITING = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Each revision in turn: its classification, the cases it opened or withdrew in the order it did,
     * then whether it left the concern waiting for a person.
     */
    @Transactional(readOnly = true)
    Optional<Timeline> of(String reference) {
        Optional<UUID> concernId = jdbc.sql("select concern_id from classification where reference = ?")
                .param(reference)
                .query(UUID.class)
                .optional();
        return concernId.map(id -> new Timeline(reference, id, entries(id)));
    }

    private List<Timeline.Entry> entries(UUID concernId) {
        List<Revision> revisions = jdbc.sql(
                        "select * from classification_revision where concern_id = ? order by revision")
                .param(concernId)
                .query((row, n) -> {
                    int revision = row.getInt("revision");
                    Timeline.Classified classified = new Timeline.Classified(
                            row.getTimestamp("classified_at").toInstant(),
                            revision,
                            row.getString("reviewer"),
                            row.getString("review_reason"),
                            row.getString("taxonomy_version"),
                            row.getString("primary_domain"),
                            json.readTree(row.getString("domains")),
                            json.readTree(row.getString("harm")),
                            row.getBoolean("urgent"),
                            row.getBoolean("needs_triage"),
                            json.readValue(row.getString("triage_reasons"), STRINGS));
                    Timeline.NeedsTriage triage = "NEEDS_TRIAGE".equals(row.getString("routing_outcome"))
                            ? new Timeline.NeedsTriage(
                                    row.getTimestamp("decided_at").toInstant(),
                                    revision,
                                    row.getString("triage_reason"),
                                    row.getString("routing_policy_version"),
                                    json.readValue(row.getString("waiting"), WAITING))
                            : null;
                    return new Revision(classified, triage);
                })
                .list();
        List<Timeline.Entry> changes = jdbc.sql("""
                        select change.*, routed.destination, routed.recipient_code, routed.recipient_name
                        from case_change change join routed_case routed on routed.case_id = change.case_id
                        where change.concern_id = ?
                        order by change.position
                        """)
                .param(concernId)
                .query((row, n) -> {
                    List<String> reasons = json.readValue(row.getString("reasons"), STRINGS);
                    if ("WITHDRAWN".equals(row.getString("change"))) {
                        return (Timeline.Entry) new Timeline.Withdrawn(
                                row.getTimestamp("changed_at").toInstant(),
                                row.getInt("revision"),
                                row.getObject("case_id", UUID.class),
                                row.getString("destination"),
                                row.getString("recipient_code"),
                                row.getString("recipient_name"),
                                String.join(" ", reasons),
                                row.getString("policy_version"));
                    }
                    return new Timeline.Routed(
                            row.getTimestamp("changed_at").toInstant(),
                            row.getInt("revision"),
                            row.getObject("case_id", UUID.class),
                            row.getString("destination"),
                            row.getString("recipient_code"),
                            row.getString("recipient_name"),
                            reasons,
                            row.getString("policy_version"));
                })
                .list();
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Revision revision : revisions) {
            entries.add(revision.classified());
            changes.stream()
                    .filter(change -> change.revision() == revision.classified().revision())
                    .forEach(entries::add);
            if (revision.triage() != null) {
                entries.add(revision.triage());
            }
        }
        return entries;
    }

    private record Revision(Timeline.Classified classified, Timeline.@Nullable NeedsTriage triage) {}
}
