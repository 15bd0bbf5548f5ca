package org.candour.routing.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV2;
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
    private static final TypeReference<List<CaseRoutedV1.Flag>> FLAGS = new TypeReference<>() {};
    private static final TypeReference<List<ConcernClassifiedV2.DomainTag>> DOMAINS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Each revision in turn: its classification, the cases it opened or withdrew in the order it did,
     * whether it left the concern waiting for a person, then, in time order, the cases that reached
     * their bodies and what the bodies said about them while it was in force.
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
                    String payload = row.getString("payload");
                    Timeline.Classified classified = payload == null
                            ? classifiedBeforePayloads(row, revision)
                            : classified(json.readValue(payload, ConcernClassifiedV2.class));
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
                        select change.*, routed.destination, routed.recipient_code, routed.recipient_name,
                          routed.flags, routed.escalation
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
                            row.getString("policy_version"),
                            json.readValue(row.getString("flags"), FLAGS),
                            row.getString("escalation") == null
                                    ? null
                                    : json.readValue(row.getString("escalation"), CaseRoutedV1.Escalation.class));
                })
                .list();
        List<Timeline.Acknowledged> acknowledgements = jdbc.sql("""
                        select a.*, routed.destination, routed.recipient_code, routed.recipient_name
                        from case_acknowledgement a join routed_case routed on routed.case_id = a.case_id
                        where a.concern_id = ?
                        order by a.position
                        """)
                .param(concernId)
                .query((row, n) -> new Timeline.Acknowledged(
                        row.getTimestamp("acknowledged_at").toInstant(),
                        row.getInt("revision"),
                        row.getObject("case_id", UUID.class),
                        row.getString("destination"),
                        row.getString("recipient_code"),
                        row.getString("recipient_name"),
                        row.getString("status"),
                        row.getString("note"),
                        row.getString("acknowledged_by")))
                .list();
        List<Timeline.Delivered> deliveries = jdbc.sql("""
                        select d.*, routed.destination, routed.recipient_code, routed.recipient_name
                        from case_delivery d join routed_case routed on routed.case_id = d.case_id
                        where d.concern_id = ?
                        order by d.delivered_at
                        """)
                .param(concernId)
                .query((row, n) -> new Timeline.Delivered(
                        row.getTimestamp("delivered_at").toInstant(),
                        row.getInt("revision"),
                        row.getObject("case_id", UUID.class),
                        row.getString("destination"),
                        row.getString("recipient_code"),
                        row.getString("recipient_name")))
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
            Stream.<Timeline.Entry>concat(deliveries.stream(), acknowledgements.stream())
                    .filter(heard -> heard.revision() == revision.classified().revision())
                    .sorted(Comparator.comparing(Timeline.Entry::at))
                    .forEach(entries::add);
        }
        return entries;
    }

    /** A revision as classification published it, every tag with its confidence and evidence. */
    private static Timeline.Classified classified(ConcernClassifiedV2 concern) {
        ConcernClassifiedV2.Review review = concern.review();
        return new Timeline.Classified(
                concern.classifiedAt(),
                concern.revision(),
                review == null ? null : review.reviewer(),
                review == null ? null : review.reason(),
                concern.taxonomyVersion(),
                concern.primaryDomain().name(),
                concern.domains(),
                concern.harm(),
                concern.incidentCategory(),
                concern.professionals(),
                concern.complaint(),
                concern.signals(),
                concern.urgent(),
                concern.needsTriage(),
                concern.triageReasons(),
                concern.readsLike());
    }

    /**
     * A revision received as v1, before routing kept the whole classification: only its domains and
     * harm, with their evidence, are known.
     */
    private Timeline.Classified classifiedBeforePayloads(ResultSet row, int revision) throws SQLException {
        return new Timeline.Classified(
                row.getTimestamp("classified_at").toInstant(),
                revision,
                row.getString("reviewer"),
                row.getString("review_reason"),
                row.getString("taxonomy_version"),
                row.getString("primary_domain"),
                json.readValue(row.getString("domains"), DOMAINS),
                json.readValue(row.getString("harm"), ConcernClassifiedV2.HarmGrade.class),
                null,
                List.of(),
                null,
                List.of(),
                row.getBoolean("urgent"),
                row.getBoolean("needs_triage"),
                json.readValue(row.getString("triage_reasons"), STRINGS),
                List.of());
    }

    private record Revision(Timeline.Classified classified, Timeline.@Nullable NeedsTriage triage) {}
}
