package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.QualityDomain;

/**
 * Everything the classifier found in one concern, each finding with its evidence and confidence.
 *
 * @param taxonomyVersion the version of the taxonomy that produced these findings
 * @param domains every quality domain the concern touches, the primary first
 * @param harm the harm graded: the reporter's answer when they gave one, else the more severe of
 *     physical and psychological harm in the words
 * @param physicalHarm the most severe physical harm the words describe
 * @param psychologicalHarm the most severe psychological harm the words describe
 * @param incidentCategory the NRLS category the concern fits best
 * @param professionals the professionals involved, with their regulators
 * @param fitnessToPractise whether the conduct could meet a regulator's fitness-to-practise threshold
 * @param complaintStatus how far the local complaint has gone
 * @param reporter whether the reporter is the patient or acting for them
 * @param signals the reach and urgency signals found, if any
 * @param urgent whether the concern needs action now
 * @param needsTriage whether a person should confirm the findings
 * @param triageReasons why a person should confirm them; empty when they need not
 * @param readsLike the destinations whose concerns in the corpus this one reads like as a whole, by the learnt
 *     term reader (ADR 0031): no finding, a reading routing weighs; empty when the reader did not read it
 */
public record Findings(
        String taxonomyVersion,
        List<Finding<QualityDomain>> domains,
        Finding<HarmLevel> harm,
        Finding<HarmLevel> physicalHarm,
        Finding<HarmLevel> psychologicalHarm,
        Finding<IncidentCategory> incidentCategory,
        List<ProfessionalFinding> professionals,
        Finding<FitnessToPractise> fitnessToPractise,
        Finding<ComplaintStatus> complaintStatus,
        Finding<ReporterStanding> reporter,
        List<Finding<ConcernSignal>> signals,
        boolean urgent,
        boolean needsTriage,
        List<String> triageReasons,
        List<Finding<Destination>> readsLike) {

    public Findings {
        Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
        domains = List.copyOf(domains);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("findings need at least the primary domain");
        }
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(physicalHarm, "physicalHarm");
        Objects.requireNonNull(psychologicalHarm, "psychologicalHarm");
        Objects.requireNonNull(incidentCategory, "incidentCategory");
        professionals = List.copyOf(professionals);
        Objects.requireNonNull(fitnessToPractise, "fitnessToPractise");
        Objects.requireNonNull(complaintStatus, "complaintStatus");
        Objects.requireNonNull(reporter, "reporter");
        signals = List.copyOf(signals);
        triageReasons = List.copyOf(triageReasons);
        readsLike = List.copyOf(readsLike);
        if (needsTriage == triageReasons.isEmpty()) {
            throw new IllegalArgumentException("needsTriage must be true exactly when there are triage reasons");
        }
    }

    /** The same findings sent to triage, {@code reason} before any reason they already had. */
    public Findings sentToTriage(String reason) {
        List<String> reasons = new ArrayList<>();
        reasons.add(reason);
        reasons.addAll(triageReasons);
        return new Findings(
                taxonomyVersion,
                domains,
                harm,
                physicalHarm,
                psychologicalHarm,
                incidentCategory,
                professionals,
                fitnessToPractise,
                complaintStatus,
                reporter,
                signals,
                urgent,
                true,
                reasons,
                readsLike);
    }

    /** The domain the concern is mainly about. */
    public Finding<QualityDomain> primaryDomain() {
        return domains.getFirst();
    }

    /** Whether the signal was found. */
    public boolean has(ConcernSignal signal) {
        return signals.stream().anyMatch(found -> found.value() == signal);
    }
}
