package org.candour.intake.concern;

import java.time.Instant;
import java.util.UUID;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.IdentityChoice;
import org.candour.intake.identity.SealedContact;
import org.jspecify.annotations.Nullable;

/**
 * A concern a member of staff raised about the quality of care at a provider.
 *
 * @param id stable id, the key of every event about the concern
 * @param reference the human reference given to the reporter
 * @param organisationCode ODS code of the provider the concern is about
 * @param description what happened, in the reporter's words
 * @param identity how the reporter chose to be known
 * @param immediateDanger whether the reporter said someone is in danger now
 * @param raisedAt when intake accepted it
 * @param contact the reporter's contact details, sealed; none when anonymous
 */
public record Concern(
        UUID id,
        Reference reference,
        String organisationCode,
        String description,
        IdentityChoice identity,
        boolean immediateDanger,
        Instant raisedAt,
        @Nullable SealedContact contact) {

    /** The event announcing this concern. Carries the identity choice, never the identity. */
    ConcernRaisedV1 raised() {
        return new ConcernRaisedV1(
                id, reference.value(), raisedAt, organisationCode, description, identity, immediateDanger);
    }
}
