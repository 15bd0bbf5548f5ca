package org.candour.intake.followup.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.candour.intake.IntakeProperties;
import org.candour.intake.PerKeyRateLimit;
import org.candour.intake.RateLimitWindows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits tries to open a concern's follow-up page, per client address and per reference, so that
 * receipt codes and email addresses cannot be guessed at speed from one place or from many. A
 * reference's limit is shared by everyone trying it: a flood can keep its reporter waiting a
 * minute, never let anyone in. Tries are counted in the database, so the limits hold across every
 * replica, however a guesser's requests are spread over them.
 */
@Component
class SignInAttempts {

    /** Longer than any reference: what is typed beyond it only makes new keys to flood the table with. */
    private static final int REFERENCE_KEY_LENGTH = 32;

    private final PerKeyRateLimit perClient;
    private final PerKeyRateLimit perReference;

    @Autowired
    SignInAttempts(IntakeProperties properties, RateLimitWindows windows) {
        this(windows, properties.signInLimit());
    }

    SignInAttempts(RateLimitWindows windows, IntakeProperties.SignInLimit limit) {
        this.perClient = windows.limit("follow-up-client", limit.perClientPerMinute());
        this.perReference = windows.limit("follow-up-reference", limit.perReferencePerMinute());
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
}
