package org.candour.routing.cases;

import java.sql.Timestamp;
import java.time.Instant;
import org.candour.events.ConcernClassifiedV1;
import org.candour.routing.policy.RoutingDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Classifications routing received, the decisions it made, and the cases it opened. */
@Repository
class Cases {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the decision; false if the concern was already routed, which then changes nothing. */
    boolean recordDecision(ConcernClassifiedV1 concern, RoutingDecision decision, Instant decidedAt) {
        return jdbc.sql("""
                        insert into classification (concern_id, reference, provider_kind, organisation_code,
                          provider_name, provider_icb_code, policy_version,
                          primary_domain, domains, harm, urgent, needs_triage, classified_at,
                          routing_policy_version, routing_outcome, triage_reason, decided_at)
                        values (:concernId, :reference, :providerKind, :organisationCode,
                          :providerName, :providerIcbCode, :policyVersion,
                          :primaryDomain, cast(:domains as jsonb), cast(:harm as jsonb), :urgent, :needsTriage, :classifiedAt,
                          :routingPolicyVersion, :outcome, :triageReason, :decidedAt)
                        on conflict (concern_id) do nothing
                        """)
                        .param("concernId", concern.concernId())
                        .param("reference", concern.reference())
                        .param("providerKind", concern.provider().kind().name())
                        .param("organisationCode", concern.provider().odsCode())
                        .param("providerName", concern.provider().name())
                        .param("providerIcbCode", concern.provider().icbCode())
                        .param("policyVersion", concern.policyVersion())
                        .param("primaryDomain", concern.primaryDomain().name())
                        .param("domains", json.writeValueAsString(concern.domains()))
                        .param("harm", json.writeValueAsString(concern.harm()))
                        .param("urgent", concern.urgent())
                        .param("needsTriage", concern.needsTriage())
                        .param("classifiedAt", Timestamp.from(concern.classifiedAt()))
                        .param("routingPolicyVersion", decision.policyVersion())
                        .param("outcome", decision instanceof RoutingDecision.Routed ? "ROUTED" : "NEEDS_TRIAGE")
                        .param(
                                "triageReason",
                                decision instanceof RoutingDecision.NeedsTriage triage ? triage.reason() : null)
                        .param("decidedAt", Timestamp.from(decidedAt))
                        .update()
                == 1;
    }

    void open(RoutedCase routedCase) {
        jdbc.sql("""
                        insert into routed_case (case_id, concern_id, destination, recipient_code, recipient_name,
                          reasons, policy_version, routed_at)
                        values (:caseId, :concernId, :destination, :recipientCode, :recipientName,
                          cast(:reasons as jsonb), :policyVersion, :routedAt)
                        """)
                .param("caseId", routedCase.id())
                .param("concernId", routedCase.concern().concernId())
                .param("destination", routedCase.route().destination().name())
                .param("recipientCode", routedCase.route().recipientCode())
                .param("recipientName", routedCase.route().recipientName())
                .param("reasons", json.writeValueAsString(routedCase.route().reasons()))
                .param("policyVersion", routedCase.policyVersion())
                .param("routedAt", Timestamp.from(routedCase.routedAt()))
                .update();
    }
}
