package org.candour.delivery.notification.web;

import java.time.Instant;
import java.util.UUID;
import org.candour.delivery.notification.Notification;
import org.candour.delivery.notification.NotificationStatus;
import org.candour.events.Destination;

/** A notification as the API shows it; kept apart from the domain record so either can change. */
record NotificationResponse(
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

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(
                notification.id(),
                notification.caseId(),
                notification.concernId(),
                notification.reference(),
                notification.destination(),
                notification.recipientCode(),
                notification.recipientName(),
                notification.urgent(),
                notification.status(),
                notification.attempts(),
                notification.createdAt());
    }
}
