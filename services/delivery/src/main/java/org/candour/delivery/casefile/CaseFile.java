package org.candour.delivery.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * The full case as routed to one national body: what it needs to act, and no more. The reporter's
 * identity is never here, and their description only as a summary with identifiers redacted.
 *
 * @param caseId the case
 * @param notificationId the message about it: the {@code webhook-id} of every webhook for this case
 * @param reference the concern's human reference
 * @param destination the body it was routed to
 * @param recipientCode the body's code
 * @param recipientName the body's name
 * @param routedAt when routing opened the case
 * @param policyVersion the routing policy applied
 * @param primaryDomain the concern's primary quality domain
 * @param domains every quality domain it touches, the primary first
 * @param harm the concern's graded harm
 * @param urgent whether it needs action now
 * @param provider where the care happened, as the reporter gave it, when known
 * @param flags what the body should do at once or know, with the reasons
 * @param reasons why the case was routed to this body
 * @param summary the reporter's description, identifiers redacted, at most 500 characters; absent
 *     until intake's event for the concern has been read
 */
public record CaseFile(
        UUID caseId,
        UUID notificationId,
        String reference,
        Destination destination,
        String recipientCode,
        String recipientName,
        Instant routedAt,
        String policyVersion,
        QualityDomain primaryDomain,
        List<QualityDomain> domains,
        HarmLevel harm,
        boolean urgent,
        @Nullable Provider provider,
        List<CaseRoutedV1.Flag> flags,
        List<String> reasons,
        @Nullable String summary) {

    static CaseFile of(CaseRoutedV1 routed, UUID notificationId, @Nullable String summary) {
        return new CaseFile(
                routed.caseId(),
                notificationId,
                routed.reference(),
                routed.destination(),
                routed.recipientCode(),
                routed.recipientName(),
                routed.routedAt(),
                routed.policyVersion(),
                routed.primaryDomain(),
                routed.domains(),
                routed.harm(),
                routed.urgent(),
                routed.provider(),
                routed.flags(),
                routed.reasons(),
                summary);
    }
}
