package org.candour.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case reached the body it was routed to: an endpoint the body registered answered its webhook
 * with 2xx. Published once per case, at the first such delivery.
 *
 * @param caseId the case
 * @param concernId the concern the case was opened for
 * @param reference the concern's human reference
 * @param destination the body the case was routed to
 * @param recipientCode the body's code
 * @param recipientName the body's name, as the reporter may be shown it
 * @param deliveredAt when the body's endpoint accepted it
 */
public record CaseDeliveredV1(
        UUID caseId,
        UUID concernId,
        String reference,
        Destination destination,
        String recipientCode,
        String recipientName,
        Instant deliveredAt) {

    public CaseDeliveredV1 {
        Require.present(caseId, "caseId");
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(destination, "destination");
        Require.text(recipientCode, "recipientCode");
        Require.text(recipientName, "recipientName");
        Require.present(deliveredAt, "deliveredAt");
    }
}
