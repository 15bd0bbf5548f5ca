package org.candour.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body a case was routed to says where it has got to with it: received, in review or closed,
 * with a note. The case's recipient is the only one who may change it.
 *
 * @param caseId the case
 * @param concernId the concern the case was opened for
 * @param reference the concern's human reference
 * @param destination the kind of body the case is for
 * @param recipientCode the body's code, for example an ICB's ODS code
 * @param status where the body has got to
 * @param note what the body wrote with the change, for the audit timeline; never shown to the reporter
 * @param changedBy the client that made the change, as its access token names it
 * @param changedAt when
 */
public record CaseStatusChangedV1(
        UUID caseId,
        UUID concernId,
        String reference,
        Destination destination,
        String recipientCode,
        CaseStatus status,
        @Nullable String note,
        String changedBy,
        Instant changedAt) {

    public CaseStatusChangedV1 {
        Require.present(caseId, "caseId");
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(destination, "destination");
        Require.text(recipientCode, "recipientCode");
        Require.present(status, "status");
        Require.text(changedBy, "changedBy");
        Require.present(changedAt, "changedAt");
    }

    /** Where the body has got to with the case; a case moves forward only. */
    public enum CaseStatus {
        /** The body has the case. */
        RECEIVED,
        /** The body is looking into it. */
        IN_REVIEW,
        /** The body has finished with it. */
        CLOSED
    }
}
