package org.candour.intake.concern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.AffectedPerson;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.Provider;
import org.candour.events.RaisedBefore;
import org.candour.intake.identity.SealedContact;
import org.jspecify.annotations.Nullable;

/**
 * A concern a member of staff raised about the quality of care at a provider.
 *
 * @param id stable id, the key of every event about the concern
 * @param reference the human reference given to the reporter
 * @param raisedAt when intake accepted it
 * @param provider where it happened
 * @param service the service, ward or department, when given
 * @param occurred when it happened
 * @param description what happened, in the reporter's words
 * @param affected who was affected
 * @param reportedHarm how badly, as the reporter judged it
 * @param immediateDanger whether the reporter said someone is in danger now
 * @param professionals the professionals involved, by role
 * @param raisedBefore whether and how it was raised before
 * @param identity how the reporter chose to be known
 * @param contact the reporter's contact details, sealed; none when anonymous
 */
public record Concern(
        UUID id,
        Reference reference,
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
        IdentityChoice identity,
        @Nullable SealedContact contact) {

    public Concern {
        affected = List.copyOf(affected);
        professionals = List.copyOf(professionals);
    }

    /** The event announcing this concern. Carries the identity choice, never the identity. */
    ConcernRaisedV1 raised() {
        return new ConcernRaisedV1(
                id,
                reference.value(),
                raisedAt,
                provider,
                service,
                occurred,
                description,
                affected,
                reportedHarm,
                immediateDanger,
                professionals,
                raisedBefore,
                identity);
    }
}
