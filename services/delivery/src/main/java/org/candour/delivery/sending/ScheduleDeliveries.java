package org.candour.delivery.sending;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.candour.delivery.endpoint.Endpoint;
import org.candour.delivery.endpoint.Endpoints;
import org.candour.delivery.endpoint.EventTypes;
import org.candour.events.Destination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Owes a newly recorded notification to every active endpoint of its body that subscribed to the
 * event, due at once. Runs in the transaction that records the notification. An endpoint registered
 * later receives earlier messages only by replay.
 */
@Service
public class ScheduleDeliveries {

    private static final Logger log = LoggerFactory.getLogger(ScheduleDeliveries.class);

    /** Trust boards and ICS quality groups read their cases elsewhere; they register no webhooks. */
    private static final Set<Destination> NOT_WEBHOOK_RECEIVERS =
            EnumSet.of(Destination.TRUST_BOARD, Destination.ICS_QUALITY_GROUP);

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleDeliveries(Endpoints endpoints, Deliveries deliveries, ApplicationEventPublisher events, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param notificationId the message
     * @param destination the body the case was routed to
     * @return how many endpoints it is owed to
     */
    public int forNotification(UUID notificationId, Destination destination) {
        if (NOT_WEBHOOK_RECEIVERS.contains(destination)) {
            return 0;
        }
        List<UUID> receivers = endpoints.activeFor(destination.name(), EventTypes.CASE_ROUTED).stream()
                .map(Endpoint::id)
                .toList();
        int scheduled = deliveries.schedule(notificationId, receivers, clock.instant());
        if (scheduled > 0) {
            log.info("Message {} owed to {} endpoint(s) of {}", notificationId, scheduled, destination);
            events.publishEvent(new DeliveriesDue());
        }
        return scheduled;
    }
}
