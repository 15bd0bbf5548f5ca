package org.candour.delivery.sending;

import java.time.Instant;
import java.util.random.RandomGenerator;
import org.candour.delivery.webhook.RetrySchedule;
import org.candour.delivery.webhook.SendResult;

/** Decides what follows an attempt: only 2xx delivers, 410 disables, anything else is retried on the schedule. */
final class DeliveryPolicy {

    private final RetrySchedule schedule;
    private final RandomGenerator random;

    DeliveryPolicy(RetrySchedule schedule, RandomGenerator random) {
        this.schedule = schedule;
        this.random = random;
    }

    /**
     * @param result the attempt's outcome
     * @param failedBefore failed attempts before this one
     * @param attemptedAt when it was made
     */
    NextStep after(SendResult result, int failedBefore, Instant attemptedAt) {
        return switch (result.outcome()) {
            case DELIVERED -> new NextStep.Delivered();
            case GONE -> new NextStep.Gone();
            case FAILED, REFUSED ->
                schedule.next(failedBefore + 1, attemptedAt, result.retryAfter(), random)
                        .<NextStep>map(NextStep.RetryAt::new)
                        .orElseGet(NextStep.Exhausted::new);
        };
    }
}
