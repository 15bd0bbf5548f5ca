package org.candour.classification.tagging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.classification.analysis.Findings;
import org.candour.classification.tagging.Classification;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.Review;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * A concern's classification as the API shows it: the current revision, as announced in {@code
 * ConcernClassifiedV2}, and what the classifier found in the first place.
 *
 * @param review who made the current revision and why; null while it is the classifier's
 * @param findings everything the classifier found, with evidence; null for concerns classified before
 *     the taxonomy
 */
record ClassificationView(
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
        @Nullable Findings findings) {

    static ClassificationView of(Classification classification) {
        ConcernClassifiedV2 current = classification.current();
        return new ClassificationView(
                current.concernId(),
                current.reference(),
                current.provider(),
                current.revision(),
                current.classifiedAt(),
                current.taxonomyVersion(),
                current.review(),
                current.primaryDomain(),
                current.domains(),
                current.harm(),
                current.incidentCategory(),
                current.professionals(),
                current.complaint(),
                current.signals(),
                current.urgent(),
                current.needsTriage(),
                current.triageReasons(),
                classification.findings());
    }
}
