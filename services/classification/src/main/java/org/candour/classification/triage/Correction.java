package org.candour.classification.triage;

import java.util.List;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;

/**
 * A review that passed every check: the whole classification a reviewer states, primary domain first.
 *
 * @param basedOnRevision the revision the reviewer saw
 * @param reason why, stripped of surrounding white space
 */
record Correction(
        int basedOnRevision,
        String reason,
        List<QualityDomain> domains,
        HarmLevel harm,
        IncidentCategory incidentCategory,
        List<Professional> professionals,
        ComplaintStatus complaintStatus,
        List<ConcernSignal> signals) {

    Correction {
        domains = List.copyOf(domains);
        professionals = List.copyOf(professionals);
        signals = List.copyOf(signals);
    }

    QualityDomain primaryDomain() {
        return domains.getFirst();
    }

    record Professional(ProfessionalRole role, boolean fitnessToPractise) {}
}
