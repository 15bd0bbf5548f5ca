package org.candour.delivery.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.candour.delivery.SendingProperties;
import org.candour.delivery.webhook.SendResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one attempt and all it changes in one transaction: the attempt row, the delivery's status
 * and next attempt, the endpoint's run of failures, any notice to its owner, and, on a case's first
 * delivery, the {@code CaseDeliveredV1} announcement.
 */
@Component
class RecordAttempt {

    private static final Logger log = LoggerFactory.getLogger(RecordAttempt.class);

    private final Deliveries deliveries;
    private final Attempts attempts;
    private final DeliveryPolicy policy;
    private final DeliveryAnnouncements announcements;
    private final Duration disableAfter;

    RecordAttempt(
            Deliveries deliveries,
            Attempts attempts,
            DeliveryPolicy policy,
            DeliveryAnnouncements announcements,
            SendingProperties settings) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.policy = policy;
        this.announcements = announcements;
        this.disableAfter = settings.disableAfter();
    }

    @Transactional
    public void record(Message message, SendResult result, Instant attemptedAt) {
        Claim claim = message.claim();
        UUID endpointId = claim.endpointId();
        attempts.add(claim.deliveryId(), claim.notificationId(), attemptedAt, result);
        int failed = claim.attemptsMade() + 1;
        switch (policy.after(result, claim.attemptsMade(), attemptedAt)) {
            case NextStep.Delivered delivered -> {
                if (settled(claim, DeliveryStatus.DELIVERED, claim.attemptsMade(), null, attemptedAt)) {
                    attempts.endpointHealthy(endpointId, attemptedAt);
                    attempts.firstDelivery(claim.notificationId(), attemptedAt).ifPresent(announcements::caseDelivered);
                }
            }
            case NextStep.RetryAt retry -> {
                if (settled(claim, DeliveryStatus.PENDING, failed, retry.at(), attemptedAt)) {
                    failing(endpointId, attemptedAt);
                }
            }
            case NextStep.Exhausted exhausted -> {
                if (settled(claim, DeliveryStatus.DEAD, failed, null, attemptedAt)) {
                    log.warn(
                            "Message {} ({}) to endpoint {} dead-lettered after {} attempts; the last was {} {}",
                            claim.notificationId(),
                            message.reference(),
                            endpointId,
                            failed,
                            result.outcome(),
                            result.status() == null ? "" : result.status());
                    attempts.notice(
                            endpointId,
                            NoticeKind.MESSAGE_DEAD_LETTERED,
                            "Message " + claim.notificationId() + " (case " + message.caseId() + ") failed " + failed
                                    + " attempts and is dead-lettered; the last was " + describe(result)
                                    + ". Resend or replay it once the endpoint is fixed.",
                            attemptedAt);
                    failing(endpointId, attemptedAt);
                }
            }
            case NextStep.Gone gone -> {
                if (settled(claim, DeliveryStatus.DEAD, failed, null, attemptedAt)) {
                    String reason = "The endpoint answered 410 Gone at " + attemptedAt
                            + "; resume it to receive messages again.";
                    if (attempts.disable(endpointId, reason, attemptedAt)) {
                        log.warn("Endpoint {} answered 410 Gone and is disabled", endpointId);
                    }
                }
            }
        }
    }

    private boolean settled(
            Claim claim,
            DeliveryStatus status,
            int attemptsMade,
            @Nullable Instant nextAttemptAt,
            Instant attemptedAt) {
        boolean held = deliveries.settle(claim, status, attemptsMade, nextAttemptAt, attemptedAt);
        if (!held) {
            log.warn(
                    "Delivery {} was taken over while its attempt ran (its lease ran out); the attempt is recorded,"
                            + " the outcome left to the instance that holds it",
                    claim.deliveryId());
        }
        return held;
    }

    private void failing(UUID endpointId, Instant now) {
        Instant since = attempts.endpointFailing(endpointId, now);
        if (since.isBefore(now.minus(disableAfter))) {
            if (attempts.disable(
                    endpointId,
                    "Every attempt has failed since " + since + "; resume the endpoint once it is fixed.",
                    now)) {
                log.warn("Endpoint {} has failed since {} and is disabled", endpointId, since);
            }
        }
    }

    private static String describe(SendResult result) {
        StringBuilder text = new StringBuilder(result.outcome().name());
        if (result.status() != null) {
            text.append(" with status ").append(result.status());
        }
        if (result.error() != null) {
            text.append(" (").append(result.error()).append(')');
        }
        return text.toString();
    }
}
