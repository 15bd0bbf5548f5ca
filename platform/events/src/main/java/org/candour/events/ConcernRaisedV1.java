package org.candour.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of staff raised a concern and intake has durably accepted it. Carries the reporter's
 * identity choice but never their identity.
 *
 * @param concernId stable id of the concern; the Kafka key of every event about it
 * @param reference the human reference given to the reporter, e.g. {@code QC-2026-000123}
 * @param raisedAt when intake accepted the concern
 * @param organisationCode ODS code of the provider the concern is about
 * @param description what happened, in the reporter's words
 * @param identity how the reporter chose to be known
 * @param immediateDanger whether the reporter said someone is in danger now
 */
public record ConcernRaisedV1(
        UUID concernId,
        String reference,
        Instant raisedAt,
        String organisationCode,
        String description,
        IdentityChoice identity,
        boolean immediateDanger) {

    public ConcernRaisedV1 {
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(raisedAt, "raisedAt");
        Require.text(organisationCode, "organisationCode");
        Require.text(description, "description");
        Require.present(identity, "identity");
    }
}
