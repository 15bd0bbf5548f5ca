package org.candour.routing.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.routing.policy.Route;
import org.candour.routing.policy.RoutingDecision;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Classification revisions routing applied, the decisions it made, and the cases it opened or withdrew. */
@Repository
class Cases {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether a case is open or was withdrawn. */
    enum Status {
        OPEN,
        WITHDRAWN
    }

    /**
     * The revision applied to the concern so far, if any, locking the concern until the transaction
     * ends so that two revisions of one concern are applied one after the other.
     */
    OptionalInt appliedRevision(UUID concernId) {
        return jdbc.sql("select revision from classification where concern_id = ? for update")
                .param(concernId)
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    /**
     * Records the revision as the concern's latest, with the decision; false if this or a later
     * revision was recorded meanwhile, which then changes nothing.
     *
     * @param first whether no revision of the concern was recorded before; the first to arrive need
     *     not be revision 1, which may come later or never
     */
    boolean recordRevision(ConcernClassifiedV2 concern, RoutingDecision decision, Instant decidedAt, boolean first) {
        ConcernClassifiedV2.Review review = concern.review();
        String sql = first ? """
                insert into classification (concern_id, reference, provider_kind, organisation_code,
                  provider_name, provider_icb_code, policy_version,
                  primary_domain, domains, harm, urgent, needs_triage, classified_at,
                  routing_policy_version, routing_outcome, triage_reason, decided_at,
                  revision, payload, reviewer, review_reason)
                values (:concernId, :reference, :providerKind, :organisationCode,
                  :providerName, :providerIcbCode, :taxonomyVersion,
                  :primaryDomain, cast(:domains as jsonb), cast(:harm as jsonb), :urgent, :needsTriage, :classifiedAt,
                  :routingPolicyVersion, :outcome, :triageReason, :decidedAt,
                  :revision, cast(:payload as jsonb), :reviewer, :reviewReason)
                on conflict (concern_id) do nothing
                """ : """
                update classification set provider_kind = :providerKind, organisation_code = :organisationCode,
                  provider_name = :providerName, provider_icb_code = :providerIcbCode, policy_version = :taxonomyVersion,
                  primary_domain = :primaryDomain, domains = cast(:domains as jsonb), harm = cast(:harm as jsonb),
                  urgent = :urgent, needs_triage = :needsTriage, classified_at = :classifiedAt,
                  routing_policy_version = :routingPolicyVersion, routing_outcome = :outcome,
                  triage_reason = :triageReason, decided_at = :decidedAt,
                  revision = :revision, payload = cast(:payload as jsonb), reviewer = :reviewer,
                  review_reason = :reviewReason
                where concern_id = :concernId and revision < :revision
                """;
        boolean recorded = jdbc.sql(sql)
                        .param("concernId", concern.concernId())
                        .param("reference", concern.reference())
                        .param("providerKind", concern.provider().kind().name())
                        .param("organisationCode", concern.provider().odsCode())
                        .param("providerName", concern.provider().name())
                        .param("providerIcbCode", concern.provider().icbCode())
                        .param("taxonomyVersion", concern.taxonomyVersion())
                        .param("primaryDomain", concern.primaryDomain().name())
                        .param("domains", json.writeValueAsString(concern.domains()))
                        .param("harm", json.writeValueAsString(concern.harm()))
                        .param("urgent", concern.urgent())
                        .param("needsTriage", concern.needsTriage())
                        .param("classifiedAt", Timestamp.from(concern.classifiedAt()))
                        .param("routingPolicyVersion", decision.policyVersion())
                        .param("outcome", outcome(decision))
                        .param("triageReason", triageReason(decision))
                        .param("decidedAt", Timestamp.from(decidedAt))
                        .param("revision", concern.revision())
                        .param("payload", json.writeValueAsString(concern))
                        .param("reviewer", review == null ? null : review.reviewer())
                        .param("reviewReason", review == null ? null : review.reason())
                        .update()
                == 1;
        if (recorded) {
            jdbc.sql("""
                            insert into classification_revision (concern_id, revision, payload, taxonomy_version,
                              primary_domain, domains, harm, urgent, needs_triage, triage_reasons, reviewer, review_reason,
                              classified_at, routing_policy_version, routing_outcome, triage_reason, waiting, decided_at)
                            values (:concernId, :revision, cast(:payload as jsonb), :taxonomyVersion,
                              :primaryDomain, cast(:domains as jsonb), cast(:harm as jsonb), :urgent, :needsTriage,
                              cast(:triageReasons as jsonb), :reviewer, :reviewReason,
                              :classifiedAt, :routingPolicyVersion, :outcome, :triageReason, cast(:waiting as jsonb),
                              :decidedAt)
                            """)
                    .param("concernId", concern.concernId())
                    .param("revision", concern.revision())
                    .param("payload", json.writeValueAsString(concern))
                    .param("taxonomyVersion", concern.taxonomyVersion())
                    .param("primaryDomain", concern.primaryDomain().name())
                    .param("domains", json.writeValueAsString(concern.domains()))
                    .param("harm", json.writeValueAsString(concern.harm()))
                    .param("urgent", concern.urgent())
                    .param("needsTriage", concern.needsTriage())
                    .param("triageReasons", json.writeValueAsString(concern.triageReasons()))
                    .param("reviewer", review == null ? null : review.reviewer())
                    .param("reviewReason", review == null ? null : review.reason())
                    .param("classifiedAt", Timestamp.from(concern.classifiedAt()))
                    .param("routingPolicyVersion", decision.policyVersion())
                    .param("outcome", outcome(decision))
                    .param("triageReason", triageReason(decision))
                    .param("waiting", json.writeValueAsString(waiting(decision)))
                    .param("decidedAt", Timestamp.from(decidedAt))
                    .update();
        }
        return recorded;
    }

    /** Every case of the concern, open or withdrawn, by id, in the order first opened. */
    Map<UUID, Status> casesOf(UUID concernId) {
        Map<UUID, Status> cases = new LinkedHashMap<>();
        jdbc.sql("select case_id, status from routed_case where concern_id = ? order by position")
                .param(concernId)
                .query(row -> {
                    cases.put(row.getObject("case_id", UUID.class), Status.valueOf(row.getString("status")));
                });
        return cases;
    }

    /** Opens the case, or opens again a case a reviewer's correction had withdrawn. */
    void open(RoutedCase routedCase) {
        jdbc.sql("""
                        insert into routed_case (case_id, concern_id, destination, recipient_code, recipient_name,
                          reasons, flags, escalation, policy_version, routed_at, status)
                        values (:caseId, :concernId, :destination, :recipientCode, :recipientName,
                          cast(:reasons as jsonb), cast(:flags as jsonb), cast(:escalation as jsonb), :policyVersion,
                          :routedAt, 'OPEN')
                        on conflict (case_id) do update set recipient_name = excluded.recipient_name,
                          reasons = excluded.reasons, flags = excluded.flags, escalation = excluded.escalation,
                          policy_version = excluded.policy_version,
                          routed_at = excluded.routed_at, status = 'OPEN', withdrawn_at = null,
                          withdrawal_reason = null
                        """)
                .param("caseId", routedCase.id())
                .param("concernId", routedCase.concern().concernId())
                .param("destination", routedCase.route().destination().name())
                .param("recipientCode", routedCase.route().recipientCode())
                .param("recipientName", routedCase.route().recipientName())
                .param("reasons", json.writeValueAsString(routedCase.route().reasons()))
                .param("flags", json.writeValueAsString(routedCase.route().flags()))
                .param(
                        "escalation",
                        routedCase.route().escalation() == null
                                ? null
                                : json.writeValueAsString(routedCase.route().escalation()))
                .param("policyVersion", routedCase.policyVersion())
                .param("routedAt", Timestamp.from(routedCase.routedAt()))
                .update();
        change(
                routedCase.id(),
                routedCase.concern().concernId(),
                routedCase.concern().revision(),
                "OPENED",
                routedCase.route().reasons(),
                routedCase.policyVersion(),
                routedCase.routedAt());
    }

    void withdraw(UUID caseId, ConcernClassifiedV2 concern, String reason, String policyVersion, Instant at) {
        jdbc.sql("""
                        update routed_case set status = 'WITHDRAWN', withdrawn_at = :at, withdrawal_reason = :reason
                        where case_id = :caseId and status = 'OPEN'
                        """)
                .param("caseId", caseId)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .update();
        change(caseId, concern.concernId(), concern.revision(), "WITHDRAWN", List.of(reason), policyVersion, at);
    }

    private void change(
            UUID caseId,
            UUID concernId,
            int revision,
            String change,
            List<String> reasons,
            String policyVersion,
            Instant at) {
        jdbc.sql("""
                        insert into case_change (case_id, concern_id, revision, change, reasons, policy_version, changed_at)
                        values (:caseId, :concernId, :revision, :change, cast(:reasons as jsonb), :policyVersion, :at)
                        """)
                .param("caseId", caseId)
                .param("concernId", concernId)
                .param("revision", revision)
                .param("change", change)
                .param("reasons", json.writeValueAsString(reasons))
                .param("policyVersion", policyVersion)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static String outcome(RoutingDecision decision) {
        return decision instanceof RoutingDecision.Routed ? "ROUTED" : "NEEDS_TRIAGE";
    }

    private static @Nullable String triageReason(RoutingDecision decision) {
        return decision instanceof RoutingDecision.NeedsTriage triage ? triage.reason() : null;
    }

    private static List<Waiting> waiting(RoutingDecision decision) {
        return decision instanceof RoutingDecision.NeedsTriage triage
                ? triage.waiting().stream().map(Waiting::of).toList()
                : List.of();
    }

    /** A route held until a person checks the classification, as the timeline shows it. */
    record Waiting(String destination, String recipientCode, String recipientName) {
        static Waiting of(Route route) {
            return new Waiting(route.destination().name(), route.recipientCode(), route.recipientName());
        }
    }
}
