package org.candour.intake.followup.web;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candour.intake.IntakeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits tries to open a concern's follow-up page, per client address and per reference, so that
 * receipt codes and email addresses cannot be guessed at speed from one place or from many. A
 * reference's limit is shared by everyone trying it: a flood can keep its reporter waiting a
 * minute, never let anyone in.
 */
@Component
class SignInAttempts {

    /** Clients and references remembered at once; the least recently seen are forgotten first. */
    private static final int REMEMBERED = 10_000;

    /** Longer than any reference: what is typed beyond it only makes new keys to flood the memory with. */
    private static final int REFERENCE_KEY_LENGTH = 32;

    private final Limiters perClient;
    private final Limiters perReference;

    @Autowired
    SignInAttempts(IntakeProperties properties) {
        this(properties.signInLimit());
    }

    SignInAttempts(IntakeProperties.SignInLimit limit) {
        this.perClient = new Limiters("follow-up-client", limit.perClientPerMinute());
        this.perReference = new Limiters("follow-up-reference", limit.perReferencePerMinute());
    }

    /** Takes a try, or says how long to wait before the next one is allowed. */
    Optional<Duration> tryFor(String client, String reference) {
        Optional<Duration> wait = perClient.take(client);
        if (wait.isPresent()) {
            return wait;
        }
        String key = reference.strip().toUpperCase(Locale.ROOT);
        return perReference.take(key.substring(0, Math.min(key.length(), REFERENCE_KEY_LENGTH)));
    }

    private static final class Limiters {

        private final String name;
        private final RateLimiterConfig config;
        private final Map<String, AtomicRateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
                return size() > REMEMBERED;
            }
        };

        Limiters(String name, int perMinute) {
            this.name = name;
            this.config = RateLimiterConfig.custom()
                    .limitForPeriod(perMinute)
                    .limitRefreshPeriod(Duration.ofMinutes(1))
                    .timeoutDuration(Duration.ZERO)
                    .build();
        }

        Optional<Duration> take(String key) {
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
}
