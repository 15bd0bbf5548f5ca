package org.candour.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Classification tagged a raised concern by quality domain and graded its harm, each with the
 * evidence that led to it and a confidence.
 *
 * @param concernId the concern classified
 * @param reference the concern's human reference
 * @param provider where the care happened, as the reporter gave it
 * @param classifiedAt when the classification was made
 * @param policyVersion the version of the tagging policy applied
 * @param primaryDomain the domain the concern is mainly about
 * @param domains every domain the concern touches, the primary first
 * @param harm the graded harm
 * @param urgent whether the concern needs action now (immediate danger or severe harm)
 * @param needsTriage whether a person should confirm the classification
 */
public record ConcernClassifiedV1(
        UUID concernId,
        String reference,
        Provider provider,
        Instant classifiedAt,
        String policyVersion,
        QualityDomain primaryDomain,
        List<DomainTag> domains,
        HarmGrade harm,
        boolean urgent,
        boolean needsTriage) {

    public ConcernClassifiedV1 {
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(provider, "provider");
        Require.present(classifiedAt, "classifiedAt");
        Require.text(policyVersion, "policyVersion");
        Require.present(primaryDomain, "primaryDomain");
        domains = Require.nonEmpty(domains, "domains");
        Require.present(harm, "harm");
    }

    /**
     * One domain the concern touches.
     *
     * @param domain the quality domain
     * @param confidence from 0 to 1
     * @param evidence the words or facts that led to the tag
     */
    public record DomainTag(QualityDomain domain, double confidence, List<String> evidence) {
        public DomainTag {
            Require.present(domain, "domain");
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
            }
            evidence = Require.list(evidence, "evidence");
        }
    }

    /**
     * The graded harm.
     *
     * @param level the harm level
     * @param confidence from 0 to 1
     * @param evidence the words or facts that led to the grade
     */
    public record HarmGrade(HarmLevel level, double confidence, List<String> evidence) {
        public HarmGrade {
            Require.present(level, "level");
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
            }
            evidence = Require.list(evidence, "evidence");
        }
    }
}
