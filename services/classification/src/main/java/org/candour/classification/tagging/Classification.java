package org.candour.classification.tagging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.Findings;
import org.candour.events.ConcernClassifiedV1;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * How one concern was classified. Holds the findings and their evidence, never the description itself
 * (evidence quotes only the cue words): classification keeps the minimum it needs.
 *
 * @param concernId the concern classified
 * @param reference the concern's human reference
 * @param provider where the care happened, as the reporter gave it
 * @param policyVersion the version of the taxonomy applied (of the tagging policy, for concerns
 *     classified before the taxonomy)
 * @param primaryDomain the domain the concern is mainly about
 * @param domains every domain the concern touches, the primary first
 * @param harm the graded harm
 * @param urgent whether the concern needs action now
 * @param needsTriage whether a person should confirm the tags
 * @param classifiedAt when the concern was classified
 * @param findings everything the classifier found, with evidence; null for concerns classified before
 *     the taxonomy
 */
public record Classification(
        UUID concernId,
        String reference,
        Provider provider,
        String policyVersion,
        QualityDomain primaryDomain,
        List<DomainTag> domains,
        HarmGrade harm,
        boolean urgent,
        boolean needsTriage,
        Instant classifiedAt,
        @Nullable Findings findings) {

    public Classification {
        Objects.requireNonNull(concernId, "concernId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(primaryDomain, "primaryDomain");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(classifiedAt, "classifiedAt");
        domains = List.copyOf(domains);
        if (domains.isEmpty() || domains.getFirst().domain() != primaryDomain) {
            throw new IllegalArgumentException("Classification of concern " + concernId
                    + ": domains must start with the primary " + primaryDomain);
        }
    }

    static Classification of(ConcernRaisedV1 concern, Findings findings, Instant classifiedAt) {
        return new Classification(
                concern.concernId(),
                concern.reference(),
                concern.provider(),
                findings.taxonomyVersion(),
                findings.primaryDomain().value(),
                findings.domains().stream()
                        .map(domain -> new DomainTag(domain.value(), domain.confidence(), domain.evidence()))
                        .toList(),
                harmGrade(findings.harm()),
                findings.urgent(),
                findings.needsTriage(),
                classifiedAt,
                findings);
    }

    private static HarmGrade harmGrade(Finding<HarmLevel> harm) {
        return new HarmGrade(harm.value(), harm.confidence(), harm.evidence());
    }

    /** The integration event announcing this classification. */
    ConcernClassifiedV1 classified() {
        return new ConcernClassifiedV1(
                concernId,
                reference,
                provider,
                classifiedAt,
                policyVersion,
                primaryDomain,
                domains,
                harm,
                urgent,
                needsTriage);
    }
}
