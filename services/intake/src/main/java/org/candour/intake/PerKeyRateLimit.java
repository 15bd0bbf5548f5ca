package org.candour.intake;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Resilience4j rate limit per key (a client address, a reference), remembering the 10,000 most
 * recently seen keys, so that a flood of new keys cannot exhaust memory.
 */
public final class PerKeyRateLimit {

    /** Keys remembered at once; the least recently seen are forgotten first. */
    private static final int REMEMBERED = 10_000;

    private final String name;
    private final RateLimiterConfig config;
    private final Map<String, AtomicRateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
            return size() > REMEMBERED;
        }
    };

    public PerKeyRateLimit(String name, int perMinute) {
        this.name = name;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** Takes a permission for the key, or says how long until the next one. */
    public Optional<Duration> take(String key) {
        AtomicRateLimiter limiter = limiterFor(key);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(limiter.getDetailedMetrics().getNanosToWait()));
    }

    // The atomic implementation, because it can say how long until the next permission (Retry-After).
    private synchronized AtomicRateLimiter limiterFor(String key) {
        return limiters.computeIfAbsent(key, k -> new AtomicRateLimiter(name, config));
    }
}
