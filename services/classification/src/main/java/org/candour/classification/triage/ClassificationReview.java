package org.candour.classification.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One review in a concern's audit trail: who, when, what changed and why.
 *
 * @param concernId the concern whose classification was reviewed
 * @param fromRevision the revision the reviewer saw
 * @param toRevision the revision the review made
 * @param reviewer who reviewed it, as they signed in
 * @param reviewedAt when
 * @param changes what changed, field by field; empty when the reviewer confirmed the classification
 * @param reason why, in the reviewer's words
 */
public record ClassificationReview(
        UUID concernId,
        int fromRevision,
        int toRevision,
        String reviewer,
        Instant reviewedAt,
        List<Change> changes,
        String reason) {

    public ClassificationReview {
        changes = List.copyOf(changes);
    }
}
