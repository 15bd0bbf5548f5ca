package org.candour.classification.tagging;

import java.util.List;
import java.util.Objects;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.QualityDomain;

/**
 * What the tagging policy read in one concern's description.
 *
 * @param policyVersion the version of the policy that produced these tags
 * @param primaryDomain the domain the concern is mainly about
 * @param domains every domain the concern touches, the primary first
 * @param harm the graded harm
 * @param urgent whether the concern needs action now
 * @param needsTriage whether a person should confirm the tags
 */
public record Tags(
        String policyVersion,
        QualityDomain primaryDomain,
        List<DomainTag> domains,
        HarmGrade harm,
        boolean urgent,
        boolean needsTriage) {

    public Tags {
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(primaryDomain, "primaryDomain");
        Objects.requireNonNull(harm, "harm");
        domains = List.copyOf(domains);
        if (domains.isEmpty() || domains.getFirst().domain() != primaryDomain) {
            throw new IllegalArgumentException("domains must start with the primary domain " + primaryDomain);
        }
    }

    /** The confidence of the primary domain. */
    public double primaryConfidence() {
        return domains.getFirst().confidence();
    }
}
