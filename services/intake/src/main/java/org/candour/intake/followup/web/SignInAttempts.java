package org.candour.intake.followup.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.candour.intake.IntakeProperties;
import org.candour.intake.PerKeyRateLimit;
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

    /** Longer than any reference: what is typed beyond it only makes new keys to flood the memory with. */
    private static final int REFERENCE_KEY_LENGTH = 32;

    private final PerKeyRateLimit perClient;
    private final PerKeyRateLimit perReference;

    @Autowired
    SignInAttempts(IntakeProperties properties) {
        this(properties.signInLimit());
    }

    SignInAttempts(IntakeProperties.SignInLimit limit) {
        this.perClient = new PerKeyRateLimit("follow-up-client", limit.perClientPerMinute());
        this.perReference = new PerKeyRateLimit("follow-up-reference", limit.perReferencePerMinute());
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
