package org.candour.routing.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An ICB's cases as its feed shows them, and the record of who read or changed which. */
@Repository
class IcbCases {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<QualityDomain>> DOMAINS = new TypeReference<>() {};
    private static final TypeReference<List<CaseRoutedV1.Flag>> FLAGS = new TypeReference<>() {};
    private static final TypeReference<List<IcbCase.Acknowledgement>> ACKNOWLEDGEMENTS = new TypeReference<>() {};

    /** A case of the ICB's, with the concern's latest classification and every acknowledgement. */
    private static final String CASES = """
            select r.position, r.case_id, r.status, r.acknowledgement, r.routed_at, r.reasons, r.flags, r.escalation,
              r.policy_version, r.withdrawal_reason, c.reference, c.provider_kind, c.organisation_code, c.provider_name,
              c.provider_icb_code, c.primary_domain, c.urgent, c.harm ->> 'level' as harm,
              (select coalesce(jsonb_agg(tag -> 'domain'), '[]') from jsonb_array_elements(c.domains) tag) as domains,
              (select coalesce(jsonb_agg(jsonb_build_object('status', a.status, 'note', a.note,
                  'by', a.acknowledged_by, 'at', a.acknowledged_at) order by a.position), '[]')
                from case_acknowledgement a where a.case_id = r.case_id) as acknowledgements
            from routed_case r join classification c on c.concern_id = r.concern_id
            where r.destination = 'ICS_QUALITY_GROUP' and r.recipient_code = :icb
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IcbCases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of cases: those matching the query opened after the cursor, in the order opened. */
    Page page(String icb, CaseQuery query, FeedCursor cursor, int limit) {
        StringBuilder sql = new StringBuilder(CASES).append(" and r.position > :after");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("icb", icb);
        params.put("after", cursor.after());
        if (query.domain() != null) {
            sql.append(" and c.domains @> jsonb_build_array(jsonb_build_object('domain', cast(:domain as text)))");
            params.put("domain", query.domain().name());
        }
        if (query.harm() != null) {
            sql.append(" and c.harm ->> 'level' = :harm");
            params.put("harm", query.harm().name());
        }
        if (query.provider() != null) {
            sql.append(" and c.organisation_code = :provider");
            params.put("provider", query.provider());
        }
        if (query.routedFrom() != null) {
            sql.append(" and r.routed_at >= :from");
            params.put("from", Timestamp.from(query.routedFrom()));
        }
        if (query.routedBefore() != null) {
            sql.append(" and r.routed_at < :before");
            params.put("before", Timestamp.from(query.routedBefore()));
        }
        if (query.status() != null) {
            switch (query.status()) {
                case NEW -> sql.append(" and r.status = 'OPEN' and r.acknowledgement is null");
                case WITHDRAWN -> sql.append(" and r.status = 'WITHDRAWN'");
                default -> {
                    sql.append(" and r.status = 'OPEN' and r.acknowledgement = :status");
                    params.put("status", query.status().name());
                }
            }
        }
        if (query.tier() != null) {
            sql.append(" and r.escalation ->> 'tier' = :tier");
            params.put("tier", query.tier().name());
        }
        sql.append(" order by r.position limit :limit");
        params.put("limit", limit + 1);
        List<Positioned> rows =
                jdbc.sql(sql.toString()).params(params).query(this::positioned).list();
        List<Positioned> shown = rows.subList(0, Math.min(limit, rows.size()));
        FeedCursor next =
                shown.isEmpty() ? cursor : new FeedCursor(shown.getLast().position());
        return new Page(shown.stream().map(Positioned::icbCase).toList(), next, rows.size() > limit);
    }

    Optional<IcbCase> find(String icb, UUID caseId) {
        return jdbc.sql(CASES + " and r.case_id = :caseId")
                .param("icb", icb)
                .param("caseId", caseId)
                .query(this::positioned)
                .optional()
                .map(Positioned::icbCase);
    }

    /** Records that the client listed, read or changed these cases. */
    void recordAccess(List<UUID> caseIds, String client, Access action, Instant at) {
        if (caseIds.isEmpty()) {
            return;
        }
        // One statement for the whole page, not one round trip per case.
        jdbc.sql("""
                        insert into case_access (case_id, client, action, accessed_at)
                        select case_id, ?, ?, ? from unnest(?) as case_id
                        """)
                .params(client, action.name(), Timestamp.from(at), caseIds.toArray(UUID[]::new))
                .update();
    }

    /** What a client did with a case. */
    enum Access {
        LISTED,
        READ,
        ACKNOWLEDGED
    }

    /** Some of an ICB's cases, where to go on from, and whether more match now. */
    record Page(List<IcbCase> cases, FeedCursor next, boolean more) {}

    private record Positioned(long position, IcbCase icbCase) {}

    private Positioned positioned(ResultSet row, int n) throws SQLException {
        ProviderKind kind = ProviderKind.valueOf(row.getString("provider_kind"));
        String escalation = row.getString("escalation");
        String acknowledgement = row.getString("acknowledgement");
        return new Positioned(
                row.getLong("position"),
                new IcbCase(
                        row.getObject("case_id", UUID.class),
                        row.getString("reference"),
                        "WITHDRAWN".equals(row.getString("status"))
                                ? CaseStatus.WITHDRAWN
                                : acknowledgement == null ? CaseStatus.NEW : CaseStatus.valueOf(acknowledgement),
                        row.getTimestamp("routed_at").toInstant(),
                        new Provider(
                                kind,
                                row.getString("organisation_code"),
                                row.getString("provider_name"),
                                row.getString("provider_icb_code")),
                        QualityDomain.valueOf(row.getString("primary_domain")),
                        json.readValue(row.getString("domains"), DOMAINS),
                        HarmLevel.valueOf(row.getString("harm")),
                        row.getBoolean("urgent"),
                        json.readValue(row.getString("reasons"), STRINGS),
                        json.readValue(row.getString("flags"), FLAGS),
                        escalation == null ? null : json.readValue(escalation, CaseRoutedV1.Escalation.class),
                        row.getString("policy_version"),
                        row.getString("withdrawal_reason"),
                        json.readValue(row.getString("acknowledgements"), ACKNOWLEDGEMENTS)));
    }
}
