package org.candour.delivery.sending;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.candour.delivery.SendingProperties;
import org.jspecify.annotations.Nullable;

/**
 * A circuit breaker, a bulkhead and (where the body set one) a rate limiter per endpoint, so that an
 * endpoint that fails or answers slowly holds back only its own messages. A call any of them refuses
 * is not made: the delivery is deferred without counting as an attempt.
 */
final class EndpointResilience {

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final ConcurrentMap<UUID, Limiter> limiters = new ConcurrentHashMap<>();

    EndpointResilience(SendingProperties.CircuitBreaker breaker, SendingProperties.Bulkhead bulkhead) {
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(bulkhead.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    /**
     * Asks the endpoint's breaker, bulkhead and rate limiter, in that order, for one call.
     *
     * @param ratePerSecond the endpoint's limit, or null for none
     * @return the permit to report the call's result to, or empty (with nothing held) when refused
     */
    Optional<Permit> tryAcquire(UUID endpointId, @Nullable Integer ratePerSecond) {
        CircuitBreaker breaker = breakers.circuitBreaker(endpointId.toString());
        if (!breaker.tryAcquirePermission()) {
            return Optional.empty();
        }
        Bulkhead bulkhead = bulkheads.bulkhead(endpointId.toString());
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            return Optional.empty();
        }
        if (ratePerSecond != null && !limiter(endpointId, ratePerSecond).acquirePermission()) {
            bulkhead.releasePermission();
            breaker.releasePermission();
            return Optional.empty();
        }
        return Optional.of(new Permit(breaker, bulkhead));
    }

    /** The endpoints with every bulkhead place taken now: claiming more for them would only defer them. */
    List<UUID> busyEndpoints() {
        return bulkheads.getAllBulkheads().stream()
                .filter(bulkhead -> bulkhead.getMetrics().getAvailableConcurrentCalls() == 0)
                .map(bulkhead -> UUID.fromString(bulkhead.getName()))
                .toList();
    }

    /** The endpoint's breaker state, for logs and tests. */
    CircuitBreaker.State breakerState(UUID endpointId) {
        return breakers.circuitBreaker(endpointId.toString()).getState();
    }

    private RateLimiter limiter(UUID endpointId, int ratePerSecond) {
        // A body may change its limit; the limiter is replaced when it does.
        return limiters.compute(
                        endpointId,
                        (id, current) -> current != null && current.ratePerSecond == ratePerSecond
                                ? current
                                : new Limiter(
                                        ratePerSecond,
                                        RateLimiter.of(
                                                id.toString(),
                                                RateLimiterConfig.custom()
                                                        .limitForPeriod(ratePerSecond)
                                                        .limitRefreshPeriod(Duration.ofSeconds(1))
                                                        .timeoutDuration(Duration.ZERO)
                                                        .build())))
                .limiter;
    }

    private record Limiter(int ratePerSecond, RateLimiter limiter) {}

    /** One call let through; report how it went exactly once. */
    static final class Permit {
        private final CircuitBreaker breaker;
        private final Bulkhead bulkhead;

        private Permit(CircuitBreaker breaker, Bulkhead bulkhead) {
            this.breaker = breaker;
            this.bulkhead = bulkhead;
        }

        void succeeded(Duration latency) {
            breaker.onSuccess(latency.toNanos(), TimeUnit.NANOSECONDS);
            bulkhead.onComplete();
        }

        void failed(Duration latency, String why) {
            breaker.onError(latency.toNanos(), TimeUnit.NANOSECONDS, new FailedAttempt(why));
            bulkhead.onComplete();
        }

        /** The call was not made after all (it threw before sending). */
        void abandoned() {
            breaker.releasePermission();
            bulkhead.onComplete();
        }
    }

    /** What the breaker counts as a failure; carries no stack trace, it is an outcome, not a fault. */
    static final class FailedAttempt extends RuntimeException {
        FailedAttempt(String why) {
            super(why, null, false, false);
        }
    }
}
