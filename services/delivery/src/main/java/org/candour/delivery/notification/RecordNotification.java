package org.candour.delivery.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records that the body a case was routed to must be notified of it. */
@Service
public class RecordNotification {

    private static final Logger log = LoggerFactory.getLogger(RecordNotification.class);

    private final Notifications notifications;
    private final Clock clock;

    RecordNotification(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Records a pending notification for the routed case. A case that already has one keeps it as it
     * is, even when a different event routes it again: the destination must be told once.
     *
     * @return the notification, when it was recorded now
     */
    public Optional<Notification> record(CaseRoutedV1 routed) {
        Notification notification = Notification.pendingFor(routed, UUID.randomUUID(), clock.instant());
        if (notifications.addUnlessCaseKnown(notification)) {
            log.info(
                    "Notification {} pending: case {} ({}) for {} {}",
                    notification.id(),
                    routed.caseId(),
                    routed.reference(),
                    routed.destination(),
                    routed.recipientCode());
            return Optional.of(notification);
        }
        log.info("Case {} ({}) already has a notification; left unchanged", routed.caseId(), routed.reference());
        return Optional.empty();
    }
}
