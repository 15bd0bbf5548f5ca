package org.candour.classification.tagging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.Findings;
import org.candour.classification.analysis.FitnessToPractise;
import org.candour.classification.analysis.ProfessionalFinding;
import org.candour.classification.analysis.ReporterStanding;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.ReadsLikeTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernRaisedV1;
import org.jspecify.annotations.Nullable;

/**
 * How one concern is classified now: its current revision, as announced, and what the classifier found
 * in the first place. Holds the findings and their evidence, never the description itself (evidence
 * quotes only the cue words): classification keeps the minimum it needs.
 *
 * @param current the current revision: the classifier's (1) until a reviewer makes the next
 * @param findings everything the classifier found, with evidence; null for concerns classified before
 *     the taxonomy
 */
public record Classification(
        ConcernClassifiedV2 current, @Nullable Findings findings) {

    public Classification {
        Objects.requireNonNull(current, "current");
    }

    public UUID concernId() {
        return current.concernId();
    }

    /**
     * The classifier's revision (1) of a concern: every finding mapped with its evidence. Plain Java, so
     * the corpus evaluation can call it without Spring.
     *
     * @param concern the concern as raised, for the answers the findings do not carry (the final
     *     response date, where it was raised before)
     * @param findings what the classifier found
     * @param classifiedAt when it was classified
     */
    public static ConcernClassifiedV2 classifierRevision(
            ConcernRaisedV1 concern, Findings findings, Instant classifiedAt) {
        return new ConcernClassifiedV2(
                concern.concernId(),
                concern.reference(),
                concern.provider(),
                1,
                classifiedAt,
                findings.taxonomyVersion(),
                null,
                findings.primaryDomain().value(),
                findings.domains().stream()
                        .map(domain -> new DomainTag(domain.value(), domain.confidence(), domain.evidence()))
                        .toList(),
                new HarmGrade(
                        findings.harm().value(),
                        findings.harm().confidence(),
                        findings.harm().evidence()),
                new CategoryTag(
                        findings.incidentCategory().value(),
                        findings.incidentCategory().confidence(),
                        findings.incidentCategory().evidence()),
                findings.professionals().stream()
                        .map(professional -> professional(professional, findings.fitnessToPractise()))
                        .toList(),
                complaint(concern, findings),
                findings.signals().stream()
                        .map(signal -> new SignalTag(signal.value(), signal.confidence(), signal.evidence()))
                        .toList(),
                findings.urgent(),
                findings.needsTriage(),
                findings.triageReasons(),
                concern.raisedBefore().routes(),
                findings.readsLike().stream()
                        .map(reading -> new ReadsLikeTag(reading.value(), reading.confidence(), reading.evidence()))
                        .toList());
    }

    /**
     * The classifier assesses fitness to practise once per concern; only a registrant can have it
     * questioned, so an unregistered role never carries it.
     */
    private static ProfessionalTag professional(
            ProfessionalFinding professional, Finding<FitnessToPractise> fitnessToPractise) {
        boolean questioned = professional.role().regulator().isPresent()
                && fitnessToPractise.value() == FitnessToPractise.MAY_MEET_THRESHOLD;
        List<String> evidence = new ArrayList<>(professional.evidence());
        if (questioned) {
            evidence.addAll(fitnessToPractise.evidence());
        }
        return new ProfessionalTag(professional.role(), questioned, professional.confidence(), evidence);
    }

    private static ComplaintTag complaint(ConcernRaisedV1 concern, Findings findings) {
        ComplaintStatus status = findings.complaintStatus().value();
        ReporterStanding reporter = findings.reporter().value();
        boolean byOrForPatient =
                reporter == ReporterStanding.PATIENT || reporter == ReporterStanding.ACTING_FOR_PATIENT;
        List<String> evidence = new ArrayList<>(findings.complaintStatus().evidence());
        if (byOrForPatient) {
            evidence.addAll(findings.reporter().evidence());
        }
        return new ComplaintTag(
                status,
                status == ComplaintStatus.FINAL_RESPONSE
                        ? concern.raisedBefore().finalResponseOn()
                        : null,
                byOrForPatient,
                evidence);
    }
}
