package org.candour.classification.triage;

import java.util.List;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * A review as a reviewer sent it, before it is checked: the whole classification as they state it and
 * why. Every tag is required, so that a review never leaves a tag the reviewer did not look at. Who
 * reviewed is never part of it: that comes from who signed in.
 *
 * @param basedOnRevision the revision the reviewer saw; the review is refused if another became current
 * @param reason why the reviewer confirmed or changed the tags, in plain text, 10 to 2,000 characters
 * @param primaryDomain the domain the concern is mainly about; one of {@code domains}
 * @param domains every domain the concern touches
 * @param harm the harm
 * @param incidentCategory the incident category
 * @param professionals the professionals the concern is about; empty when none
 * @param complaintStatus how far the local complaint has gone
 * @param signals the signals; empty when none
 */
public record ProposedReview(
        @Nullable Integer basedOnRevision,
        @Nullable String reason,
        @Nullable QualityDomain primaryDomain,
        @Nullable List<@Nullable QualityDomain> domains,
        @Nullable HarmLevel harm,
        @Nullable IncidentCategory incidentCategory,
        @Nullable List<@Nullable StatedProfessional> professionals,
        @Nullable ComplaintStatus complaintStatus,
        @Nullable List<@Nullable ConcernSignal> signals) {

    /** The fewest characters a reason may have, so that it says something to the next reader. */
    public static final int MIN_REASON_LENGTH = 10;

    /** The most characters a reason may have. */
    public static final int MAX_REASON_LENGTH = 2000;

    /**
     * A professional as the reviewer states them.
     *
     * @param role their role
     * @param fitnessToPractise whether the conduct, if true, could call their fitness to practise into
     *     question; only for roles with a regulator
     */
    public record StatedProfessional(
            @Nullable ProfessionalRole role, @Nullable Boolean fitnessToPractise) {}
}
