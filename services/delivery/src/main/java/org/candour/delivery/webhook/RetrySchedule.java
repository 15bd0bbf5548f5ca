package org.candour.delivery.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * When a webhook is tried again. The standard schedule: attempt 1 at once, then after 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h and 10 h: eight attempts over 27 h 35 min of nominal delays, so a receiver
 * down for a day still gets the message. Each delay gets ±20 % jitter so that the messages held up
 * by one outage do not all arrive again at the same instant. A {@code Retry-After} longer than the
 * scheduled delay wins, capped at 24 h so that a receiver cannot push a message out of the schedule.
 */
public final class RetrySchedule {

    static final Duration RETRY_AFTER_CAP = Duration.ofHours(24);

    private static final RetrySchedule STANDARD = new RetrySchedule(
            List.of(
                    Duration.ofSeconds(5),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(5),
                    Duration.ofHours(10),
                    Duration.ofHours(10)),
            0.2);

    private final List<Duration> delays;

    private final double jitter;

    /**
     * @param delaysAfterEachFailure the delay after the first failure, after the second, …; one
     *     attempt more than there are delays
     * @param jitter the largest share of a delay added or taken away at random, from 0 up to (not
     *     including) 1
     */
    public RetrySchedule(List<Duration> delaysAfterEachFailure, double jitter) {
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("Retry jitter must be from 0 up to 1, not " + jitter);
        }
        for (Duration delay : delaysAfterEachFailure) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("A retry delay cannot be negative: " + delay);
            }
        }
        this.delays = List.copyOf(delaysAfterEachFailure);
        this.jitter = jitter;
    }

    /** At once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each with ±20 % jitter. */
    public static RetrySchedule standard() {
        return STANDARD;
    }

    /** The most attempts a message gets. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** The delays before the jitter, after the first failure, the second, …. */
    List<Duration> nominalDelays() {
        return delays;
    }

    /**
     * When the next attempt is due.
     *
     * @param failedAttempts how many attempts have failed so far, at least 1
     * @param failedAt when the last of them failed
     * @param retryAfter how long the receiver asked to be left alone, if it did
     * @param random the source of the jitter
     * @return when to try again, or empty when the schedule is exhausted
     */
    public Optional<Instant> next(
            int failedAttempts, Instant failedAt, @Nullable Duration retryAfter, RandomGenerator random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException(
                    "A next attempt follows a failed one; failed attempts must be at least 1, not " + failedAttempts);
        }
        if (failedAttempts >= attempts()) {
            return Optional.empty();
        }
        Duration nominal = delays.get(failedAttempts - 1);
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        Duration delay = Duration.ofMillis(Math.round(nominal.toMillis() * factor));
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(RETRY_AFTER_CAP) > 0 ? RETRY_AFTER_CAP : retryAfter;
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return Optional.of(failedAt.plus(delay));
    }
}
