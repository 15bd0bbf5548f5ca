package org.candour.delivery.webhook;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one HTTP attempt to post a webhook. Only a 2xx answer is {@code DELIVERED}; 410
 * Gone is {@code GONE} (the receiver asks for the endpoint to be disabled); {@code REFUSED} means the
 * guard refused the destination and nothing was sent; everything else is {@code FAILED}.
 *
 * @param outcome what became of the attempt
 * @param status the HTTP status, when the receiver answered
 * @param latency from the start of the attempt to the end of the answer (or the failure)
 * @param retryAfter how long the receiver asked to be left alone ({@code Retry-After}), if it did
 * @param error a short text saying what went wrong, for a person; never a header or the signature
 */
public record SendResult(
        Outcome outcome,
        @Nullable Integer status,
        Duration latency,
        @Nullable Duration retryAfter,
        @Nullable String error) {

    /** What became of one attempt. */
    public enum Outcome {
        DELIVERED,
        FAILED,
        GONE,
        REFUSED
    }

    public SendResult {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("A send cannot take a negative time: " + latency);
        }
    }

    static SendResult answered(int status, Duration latency, @Nullable Duration retryAfter, @Nullable String error) {
        Outcome outcome =
                status >= 200 && status < 300 ? Outcome.DELIVERED : status == 410 ? Outcome.GONE : Outcome.FAILED;
        return new SendResult(outcome, status, latency, retryAfter, error);
    }

    static SendResult failed(Duration latency, String error) {
        return new SendResult(Outcome.FAILED, null, latency, null, error);
    }

    static SendResult refused(Duration latency, String reason) {
        return new SendResult(Outcome.REFUSED, null, latency, null, reason);
    }
}
