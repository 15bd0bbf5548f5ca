package org.candour.delivery.notification;

import java.time.Instant;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;

/**
 * What delivery owes the body a case was routed to: one notification per case.
 *
 * @param id stable identity; it will also be the webhook id, which must not change across retries
 * @param caseId the routed case; at most one notification per case
 * @param concernId the concern the case is about
 * @param reference the concern's human reference
 * @param destination the kind of body to notify
 * @param recipientCode ODS or regulator code of the receiving organisation
 * @param recipientName the receiving organisation's name
 * @param urgent whether the concern needs action now
 * @param status where the notification stands
 * @param attempts how many times sending it was tried
 * @param createdAt when delivery recorded it
 */
public record Notification(
        UUID id,
        UUID caseId,
        UUID concernId,
        String reference,
        Destination destination,
        String recipientCode,
        String recipientName,
        boolean urgent,
        NotificationStatus status,
        int attempts,
        Instant createdAt) {

    public Notification {
        if (attempts < 0) {
            throw new IllegalArgumentException(
                    "Notification " + id + " for case " + caseId + " cannot have " + attempts + " attempts");
        }
    }

    /** A notification for a case that has just been routed: pending and never tried. */
    static Notification pendingFor(CaseRoutedV1 routed, UUID id, Instant createdAt) {
        return new Notification(
                id,
                routed.caseId(),
                routed.concernId(),
                routed.reference(),
                routed.destination(),
                routed.recipientCode(),
                routed.recipientName(),
                routed.urgent(),
                NotificationStatus.PENDING,
                0,
                createdAt);
    }
}
