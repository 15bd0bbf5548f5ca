package org.candour.classification.tagging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.classification.analysis.Findings;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The classifications made, one per concern, in this service's own database. */
@Repository
public class Classifications {

    private static final TypeReference<List<DomainTag>> DOMAIN_TAGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Classifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a classification unless the concern already has one.
     *
     * @return whether it was recorded
     */
    boolean add(Classification classification) {
        return jdbc.sql("""
                        insert into classification (concern_id, reference, provider_kind, organisation_code,
                            provider_name, provider_icb_code, policy_version,
                            primary_domain, domains, harm_level, harm, urgent, needs_triage, classified_at, findings)
                        values (:concernId, :reference, :providerKind, :organisationCode,
                            :providerName, :providerIcbCode, :policyVersion,
                            :primaryDomain, cast(:domains as jsonb), :harmLevel, cast(:harm as jsonb),
                            :urgent, :needsTriage, :classifiedAt, cast(:findings as jsonb))
                        on conflict (concern_id) do nothing
                        """)
                        .param("concernId", classification.concernId())
                        .param("reference", classification.reference())
                        .param("providerKind", classification.provider().kind().name())
                        .param("organisationCode", classification.provider().odsCode())
                        .param("providerName", classification.provider().name())
                        .param("providerIcbCode", classification.provider().icbCode())
                        .param("policyVersion", classification.policyVersion())
                        .param("primaryDomain", classification.primaryDomain().name())
                        .param("domains", json.writeValueAsString(classification.domains()))
                        .param("harmLevel", classification.harm().level().name())
                        .param("harm", json.writeValueAsString(classification.harm()))
                        .param("urgent", classification.urgent())
                        .param("needsTriage", classification.needsTriage())
                        .param("classifiedAt", classification.classifiedAt().atOffset(ZoneOffset.UTC))
                        .param(
                                "findings",
                                classification.findings() == null
                                        ? null
                                        : json.writeValueAsString(classification.findings()))
                        .update()
                == 1;
    }

    public Optional<Classification> find(UUID concernId) {
        return jdbc.sql("select * from classification where concern_id = ?")
                .param(concernId)
                .query(this::classification)
                .optional();
    }

    private Classification classification(ResultSet row, int rowNumber) throws SQLException {
        return new Classification(
                row.getObject("concern_id", UUID.class),
                row.getString("reference"),
                new Provider(
                        ProviderKind.valueOf(row.getString("provider_kind")),
                        row.getString("organisation_code"),
                        row.getString("provider_name"),
                        row.getString("provider_icb_code")),
                row.getString("policy_version"),
                QualityDomain.valueOf(row.getString("primary_domain")),
                json.readValue(row.getString("domains"), DOMAIN_TAGS),
                json.readValue(row.getString("harm"), HarmGrade.class),
                row.getBoolean("urgent"),
                row.getBoolean("needs_triage"),
                row.getObject("classified_at", OffsetDateTime.class).toInstant(),
                findings(row.getString("findings")));
    }

    private @Nullable Findings findings(@Nullable String stored) {
        return stored == null ? null : json.readValue(stored, Findings.class);
    }
}
