package org.candour.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sender's settings, under {@code candour.delivery.sending}.
 *
 * @param enabled whether this instance sends at all; every instance may, since deliveries are
 *     claimed with {@code FOR UPDATE SKIP LOCKED}
 * @param publicUrl where bodies reach this service; the payload's {@code caseUrl} starts with it
 * @param pollInterval how often due deliveries are looked for
 * @param batchSize the most deliveries claimed at one poll
 * @param threads the most requests in flight from this instance
 * @param lease how long a claimed delivery is held before another poll may take it again, after a
 *     crash; longer than the timeout
 * @param timeout connect and response timeout of each request
 * @param retryDelays the delay after each failed attempt; empty for the standard schedule (at once,
 *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h)
 * @param retryJitter the share by which each delay may vary either way
 * @param summaryWait how long the first attempt waits for the concern's redacted summary before it
 *     is sent without one
 * @param disableAfter how long an endpoint may keep failing before it is disabled
 * @param deferral how much later a delivery is tried again when its endpoint's breaker is open, or
 *     while the summary is awaited
 * @param busyDeferral how much later a delivery is tried again when its endpoint's bulkhead is full
 *     or its rate limit reached
 * @param inactiveDeferral how much later a delivery to a paused or disabled endpoint is looked at again
 * @param circuitBreaker each endpoint's circuit breaker
 * @param bulkhead each endpoint's bulkhead
 */
@Validated
@ConfigurationProperties("candour.delivery.sending")
public record SendingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://127.0.0.1:8083") URI publicUrl,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("16") @Min(1) @Max(256) int threads,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue List<Duration> retryDelays,

        @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("0.5")
        double retryJitter,

        @DefaultValue("10m") Duration summaryWait,
        @DefaultValue("5d") Duration disableAfter,
        @DefaultValue("5s") Duration deferral,
        @DefaultValue("250ms") Duration busyDeferral,
        @DefaultValue("1m") Duration inactiveDeferral,
        @DefaultValue @Valid CircuitBreaker circuitBreaker,
        @DefaultValue @Valid Bulkhead bulkhead) {

    public SendingProperties {
        if (lease.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException("candour.delivery.sending.lease (" + lease
                    + ") must be longer than candour.delivery.sending.timeout (" + timeout
                    + "), or a slow request would be claimed and sent again while it runs");
        }
    }

    /**
     * One endpoint's circuit breaker: it opens when at least {@code failureRateThreshold} per cent of
     * the last {@code slidingWindowSize} attempts failed (once {@code minimumNumberOfCalls} were
     * made), and lets a few through again after {@code waitInOpenState}.
     */
    public record CircuitBreaker(
            @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
            @DefaultValue("10") @Min(1) int slidingWindowSize,
            @DefaultValue("5") @Min(1) int minimumNumberOfCalls,
            @DefaultValue("60s") Duration waitInOpenState,
            @DefaultValue("2") @Min(1) int permittedCallsInHalfOpenState) {}

    /** The most requests in flight to one endpoint, so that a slow one holds only a few threads. */
    public record Bulkhead(@DefaultValue("4") @Min(1) int maxConcurrentCalls) {}
}
