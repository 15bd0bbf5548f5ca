package org.candour.delivery.sending;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One claimed delivery with what sending it needs: the endpoint as it is now and the message.
 *
 * @param claim the claimed delivery
 * @param url where the endpoint receives
 * @param bodyCode the body that owns the endpoint
 * @param endpointActive whether the endpoint is ACTIVE (not paused or disabled)
 * @param ratePerSecond the endpoint's rate limit, if it has one
 * @param caseId the routed case
 * @param concernId its concern
 * @param reference the concern's reference
 * @param destination the body the case was routed to
 * @param recipientCode the body's code
 * @param urgent whether the concern needs action now
 * @param recordedAt when the notification was recorded
 * @param routed the routed case as its event carried it (JSON), absent from notifications recorded
 *     before sending existed
 * @param payload the body frozen at the first attempt, or null before it
 * @param summary the concern's redacted summary, or null while it has not arrived
 */
record Message(
        Claim claim,
        String url,
        String bodyCode,
        boolean endpointActive,
        @Nullable Integer ratePerSecond,
        UUID caseId,
        UUID concernId,
        String reference,
        String destination,
        String recipientCode,
        boolean urgent,
        Instant recordedAt,
        @Nullable String routed,
        byte @Nullable [] payload,
        @Nullable String summary) {}
