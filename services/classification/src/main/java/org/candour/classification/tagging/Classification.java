package org.candour.classification.tagging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV1;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;

/**
 * How one concern was tagged. Holds the tags and their evidence, never the description itself:
 * classification keeps the minimum it needs.
 *
 * @param concernId the concern classified
 * @param reference the concern's human reference
 * @param provider where the care happened, as the reporter gave it
 * @param policyVersion the version of the tagging policy applied
 * @param primaryDomain the domain the concern is mainly about
 * @param domains every domain the concern touches, the primary first
 * @param harm the graded harm
 * @param urgent whether the concern needs action now
 * @param needsTriage whether a person should confirm the tags
 * @param classifiedAt when the concern was classified
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
        Instant classifiedAt) {

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

    static Classification of(ConcernRaisedV1 concern, Tags tags, Instant classifiedAt) {
        return new Classification(
                concern.concernId(),
                concern.reference(),
                concern.provider(),
                tags.policyVersion(),
                tags.primaryDomain(),
                tags.domains(),
                tags.harm(),
                tags.urgent(),
                tags.needsTriage(),
                classifiedAt);
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
