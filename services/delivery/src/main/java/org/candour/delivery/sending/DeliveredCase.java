package org.candour.delivery.sending;

import java.time.Instant;
import java.util.UUID;
import org.candour.events.Destination;

/**
 * A case that reached, for the first time, an endpoint of the body it was routed to.
 *
 * @param caseId the case
 * @param concernId its concern
 * @param reference the concern's reference
 * @param destination the body
 * @param recipientCode the body's code
 * @param recipientName the body's name
 * @param deliveredAt when the endpoint answered 2xx
 */
public record DeliveredCase(
        UUID caseId,
        UUID concernId,
        String reference,
        Destination destination,
        String recipientCode,
        String recipientName,
        Instant deliveredAt) {}
