package org.candour.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A revision of how a raised concern is classified: its quality domains, harm, incident category,
 * the professionals involved, the local complaint's status and the signals that decide its reach,
 * each with the evidence that led to it. Revision 1 is the classifier's; each correction a reviewer
 * makes in the triage queue publishes the next revision, which replaces the one before.
 *
 * @param concernId the concern classified
 * @param reference the concern's human reference
 * @param provider where the care happened, as the reporter gave it
 * @param revision 1 for the classifier's findings, one more for each reviewer's correction
 * @param classifiedAt when this revision was made
 * @param taxonomyVersion the version of the taxonomy the classifier applied
 * @param review who made this revision and why; null for the classifier's revision
 * @param primaryDomain the domain the concern is mainly about
 * @param domains every domain the concern touches, the primary first
 * @param harm the graded harm
 * @param incidentCategory the incident category (NRLS) the concern fits best
 * @param professionals the professionals the concern is about
 * @param complaint how far the local complaint has gone
 * @param signals the facts that raise the concern's reach or urgency
 * @param urgent whether the concern needs action now (immediate danger or severe harm)
 * @param needsTriage whether a person should confirm the classification before it is relied on
 * @param triageReasons why a person should; empty when they need not
 * @param raisedBefore where the reporter had already raised the concern, as they answered (a fact of
 *     the concern carried for routing, not a finding); empty when not raised or in revisions made before
 *     it was added
 * @param readsLike the destinations whose concerns in the labelled corpus this one reads like as a whole,
 *     more likely than not, by the classifier's learnt term reader: a reading of the words for routing to
 *     weigh beside the findings, never a route; empty when none, and in revisions made before it was added
 */
public record ConcernClassifiedV2(
        UUID concernId,
        String reference,
        Provider provider,
        int revision,
        Instant classifiedAt,
        String taxonomyVersion,
        @Nullable Review review,
        QualityDomain primaryDomain,
        List<DomainTag> domains,
        HarmGrade harm,
        CategoryTag incidentCategory,
        List<ProfessionalTag> professionals,
        ComplaintTag complaint,
        List<SignalTag> signals,
        boolean urgent,
        boolean needsTriage,
        List<String> triageReasons,
        List<RaisedRoute> raisedBefore,
        List<ReadsLikeTag> readsLike) {

    public ConcernClassifiedV2 {
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(provider, "provider");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
        Require.present(classifiedAt, "classifiedAt");
        Require.text(taxonomyVersion, "taxonomyVersion");
        if ((revision == 1) != (review == null)) {
            throw new IllegalArgumentException("revision 1 is the classifier's and has no review; later ones have one");
        }
        Require.present(primaryDomain, "primaryDomain");
        domains = Require.nonEmpty(domains, "domains");
        if (domains.getFirst().domain() != primaryDomain) {
            throw new IllegalArgumentException("domains must start with the primary domain " + primaryDomain);
        }
        Require.present(harm, "harm");
        Require.present(incidentCategory, "incidentCategory");
        professionals = Require.list(professionals, "professionals");
        Require.present(complaint, "complaint");
        signals = Require.list(signals, "signals");
        triageReasons = Require.list(triageReasons, "triageReasons");
        // Added in place (ADR 0003): older revisions have none, so absent means not raised.
        raisedBefore = raisedBefore == null ? List.of() : List.copyOf(raisedBefore);
        readsLike = readsLike == null ? List.of() : List.copyOf(readsLike);
        if (needsTriage == triageReasons.isEmpty()) {
            throw new IllegalArgumentException("needsTriage must be true exactly when there are triage reasons");
        }
    }

    /**
     * A destination the concern reads like: in the labelled corpus, concerns worded like this one were sent
     * there more often than not.
     *
     * @param destination where those concerns were sent
     * @param probability the learnt term reader's probability, from 0.5 to 1
     * @param evidence the reading and up to three of the reporter's words that moved it most
     */
    public record ReadsLikeTag(Destination destination, double probability, List<String> evidence) {
        public ReadsLikeTag {
            Require.present(destination, "readsLike.destination");
            Require.confidence(probability);
            evidence = Require.list(evidence, "evidence");
        }
    }

    /** Whether the signal was found. */
    public boolean has(ConcernSignal signal) {
        return signals.stream().anyMatch(found -> found.signal() == signal);
    }

    /**
     * A reviewer's correction that made this revision.
     *
     * @param reviewer who reviewed it, as they signed in
     * @param reason why they confirmed or changed the tags, in their words
     */
    public record Review(String reviewer, String reason) {
        public Review {
            Require.text(reviewer, "review.reviewer");
            Require.text(reason, "review.reason");
        }
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
            Require.confidence(confidence);
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
            Require.confidence(confidence);
            evidence = Require.list(evidence, "evidence");
        }
    }

    /**
     * The incident category.
     *
     * @param category the category
     * @param confidence from 0 to 1
     * @param evidence the words or facts that led to it
     */
    public record CategoryTag(IncidentCategory category, double confidence, List<String> evidence) {
        public CategoryTag {
            Require.present(category, "category");
            Require.confidence(confidence);
            evidence = Require.list(evidence, "evidence");
        }
    }

    /**
     * A professional the concern is about.
     *
     * @param role their role, which names their regulator if they have one
     * @param fitnessToPractise whether the conduct described, if true, could call their fitness to
     *     practise into question (DOMAIN.md section 3), rather than being for their employer alone
     * @param confidence from 0 to 1
     * @param evidence the job title or form answer, and the conduct, that led to it
     */
    public record ProfessionalTag(
            ProfessionalRole role, boolean fitnessToPractise, double confidence, List<String> evidence) {
        public ProfessionalTag {
            Require.present(role, "professionals.role");
            if (fitnessToPractise && role.regulator().isEmpty()) {
                throw new IllegalArgumentException(role + " has no regulator, so no fitness to practise to question");
            }
            Require.confidence(confidence);
            evidence = Require.list(evidence, "evidence");
        }
    }

    /**
     * How far the local complaint has gone, which decides whether the ombudsman can look at it.
     *
     * @param status none, in local resolution, or finished with a final response
     * @param finalResponseOn the date of the final written response, when the reporter gave it
     * @param byOrForPatient whether the reporter is the person affected or acting for them
     * @param evidence the words or form answers that led to it
     */
    public record ComplaintTag(
            ComplaintStatus status,
            @Nullable LocalDate finalResponseOn,
            boolean byOrForPatient,
            List<String> evidence) {
        public ComplaintTag {
            Require.present(status, "complaint.status");
            if (finalResponseOn != null && status != ComplaintStatus.FINAL_RESPONSE) {
                throw new IllegalArgumentException("complaint.finalResponseOn needs status FINAL_RESPONSE");
            }
            evidence = Require.list(evidence, "evidence");
        }
    }

    /**
     * A signal found.
     *
     * @param signal what was found
     * @param confidence from 0 to 1
     * @param evidence the words or form answers that led to it
     */
    public record SignalTag(ConcernSignal signal, double confidence, List<String> evidence) {
        public SignalTag {
            Require.present(signal, "signal");
            Require.confidence(confidence);
            evidence = Require.list(evidence, "evidence");
        }
    }
}
