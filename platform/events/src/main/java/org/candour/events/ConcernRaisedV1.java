package org.candour.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff raised a concern and intake has durably accepted it. Carries the reporter's
 * answers and their identity choice, but never their identity. Structured answers are the
 * reporter's own view; classification weighs them above what the text suggests.
 *
 * @param concernId stable id of the concern; the Kafka key of every event about it
 * @param reference the human reference given to the reporter, e.g. {@code QC-2026-000123}
 * @param raisedAt when intake accepted the concern
 * @param provider where the care happened
 * @param service the service, ward or department, when given
 * @param occurred when it happened
 * @param description what happened, in the reporter's words
 * @param affected who was affected
 * @param reportedHarm how badly, as the reporter judged it
 * @param immediateDanger whether the reporter said someone is in danger now
 * @param professionals the professionals involved, by role
 * @param raisedBefore whether and how it was raised before
 * @param identity how the reporter chose to be known
 */
public record ConcernRaisedV1(
        UUID concernId,
        String reference,
        Instant raisedAt,
        Provider provider,
        @Nullable String service,
        Occurred occurred,
        String description,
        List<AffectedPerson> affected,
        HarmLevel reportedHarm,
        boolean immediateDanger,
        List<Professional> professionals,
        RaisedBefore raisedBefore,
        IdentityChoice identity) {

    public ConcernRaisedV1 {
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(raisedAt, "raisedAt");
        Require.present(provider, "provider");
        Require.present(occurred, "occurred");
        Require.text(description, "description");
        affected = Require.list(affected, "affected");
        Require.present(reportedHarm, "reportedHarm");
        professionals = Require.list(professionals, "professionals");
        Require.present(raisedBefore, "raisedBefore");
        Require.present(identity, "identity");
    }
}
