package org.candour.delivery.sending;

import java.time.Instant;
import java.util.UUID;

/**
 * A due delivery this instance has claimed: its {@code next_attempt_at} was moved to
 * {@code claimedUntil}, so no other poll takes it until then. Every later change to it is made only
 * while it still carries that value, so an instance whose lease ran out cannot overwrite the outcome
 * of the one that took it over.
 *
 * @param deliveryId the delivery
 * @param notificationId the message; its id is the webhook-id
 * @param endpointId where it goes
 * @param attemptsMade failed attempts so far
 * @param claimedUntil the lease, as written to {@code next_attempt_at}
 */
record Claim(UUID deliveryId, UUID notificationId, UUID endpointId, int attemptsMade, Instant claimedUntil) {}
