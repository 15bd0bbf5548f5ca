package org.candour.classification.tagging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.classification.analysis.Findings;
import org.candour.events.ConcernClassifiedV2;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classifications made, one per concern, with every revision of each, in this service's own
 * database. Revisions are only ever added; the classification row points at the current one.
 */
@Repository
public class Classifications {

    private static final String CURRENT = """
            select c.findings, r.classification
            from classification c
            join classification_revision r on r.concern_id = c.concern_id and r.revision = c.current_revision
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Classifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records the classifier's classification, as revision 1, unless the concern already has one.
     *
     * @return whether it was recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean add(ConcernClassifiedV2 classified, Findings findings) {
        if (classified.revision() != 1) {
            throw new IllegalArgumentException("Concern " + classified.concernId()
                    + ": the classifier makes revision 1, not " + classified.revision());
        }
        boolean added = jdbc.sql("""
                        insert into classification (concern_id, reference, provider_kind, organisation_code,
                            provider_name, provider_icb_code, policy_version,
                            primary_domain, domains, harm_level, harm, urgent, needs_triage, classified_at, findings)
                        values (:concernId, :reference, :providerKind, :organisationCode,
                            :providerName, :providerIcbCode, :policyVersion,
                            :primaryDomain, cast(:domains as jsonb), :harmLevel, cast(:harm as jsonb),
                            :urgent, :needsTriage, :classifiedAt, cast(:findings as jsonb))
                        on conflict (concern_id) do nothing
                        """)
                        .param("concernId", classified.concernId())
                        .param("reference", classified.reference())
                        .param("providerKind", classified.provider().kind().name())
                        .param("organisationCode", classified.provider().odsCode())
                        .param("providerName", classified.provider().name())
                        .param("providerIcbCode", classified.provider().icbCode())
                        .param("policyVersion", classified.taxonomyVersion())
                        .param("primaryDomain", classified.primaryDomain().name())
                        .param("domains", json.writeValueAsString(classified.domains()))
                        .param("harmLevel", classified.harm().level().name())
                        .param("harm", json.writeValueAsString(classified.harm()))
                        .param("urgent", classified.urgent())
                        .param("needsTriage", classified.needsTriage())
                        .param("classifiedAt", classified.classifiedAt().atOffset(ZoneOffset.UTC))
                        .param("findings", json.writeValueAsString(findings))
                        .update()
                == 1;
        if (added) {
            insertRevision(classified);
        }
        return added;
    }

    /**
     * Adds the next revision and makes it current, if the one before it is still current.
     *
     * @return false when another revision became current first; nothing is changed then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean addRevision(ConcernClassifiedV2 next) {
        boolean current = jdbc.sql("""
                        update classification set current_revision = :revision
                        where concern_id = :concernId and current_revision = :revision - 1
                        """)
                        .param("concernId", next.concernId())
                        .param("revision", next.revision())
                        .update()
                == 1;
        if (current) {
            insertRevision(next);
        }
        return current;
    }

    private void insertRevision(ConcernClassifiedV2 revision) {
        jdbc.sql("""
                        insert into classification_revision (concern_id, revision, classified_at, needs_triage,
                            classification)
                        values (:concernId, :revision, :classifiedAt, :needsTriage, cast(:classification as jsonb))
                        """)
                .param("concernId", revision.concernId())
                .param("revision", revision.revision())
                .param("classifiedAt", revision.classifiedAt().atOffset(ZoneOffset.UTC))
                .param("needsTriage", revision.needsTriage())
                .param("classification", json.writeValueAsString(revision))
                .update();
    }

    /** The concern's classification with its current revision. */
    public Optional<Classification> find(UUID concernId) {
        return jdbc.sql(CURRENT + " where c.concern_id = ?")
                .param(concernId)
                .query(this::classification)
                .optional();
    }

    /**
     * The current revision of the concern's classification, locked until the transaction ends so that
     * two reviews of one concern are decided one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Classification> findForUpdate(UUID concernId) {
        return jdbc.sql(CURRENT + " where c.concern_id = ? for update of c")
                .param(concernId)
                .query(this::classification)
                .optional();
    }

    /** Concerns whose current revision needs a person to confirm it, the longest waiting first. */
    public List<ConcernClassifiedV2> awaitingTriage() {
        return jdbc.sql("""
                        select r.classification
                        from classification c
                        join classification_revision r
                          on r.concern_id = c.concern_id and r.revision = c.current_revision
                        where r.needs_triage
                        order by c.classified_at, c.concern_id
                        """)
                .query((row, rowNumber) -> revision(row.getString("classification")))
                .list();
    }

    private Classification classification(ResultSet row, int rowNumber) throws SQLException {
        return new Classification(revision(row.getString("classification")), findings(row.getString("findings")));
    }

    private ConcernClassifiedV2 revision(String stored) {
        return json.readValue(stored, ConcernClassifiedV2.class);
    }

    private @Nullable Findings findings(@Nullable String stored) {
        return stored == null ? null : json.readValue(stored, Findings.class);
    }
}
