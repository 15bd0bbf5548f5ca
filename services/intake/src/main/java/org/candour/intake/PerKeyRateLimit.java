package org.candour.intake;

import java.time.Duration;
import java.util.Optional;

/**
 * A limit of so many tries a minute per key (a client address, a reference), shared by every
 * intake replica because the tries are counted in the database ({@link RateLimitWindows}).
 */
public final class PerKeyRateLimit {

    private final RateLimitWindows windows;
    private final String name;
    private final int perMinute;

    PerKeyRateLimit(RateLimitWindows windows, String name, int perMinute) {
        this.windows = windows;
        this.name = name;
        this.perMinute = perMinute;
    }

    /** Takes a try for the key, or says how long until the next one is allowed. */
    public Optional<Duration> take(String key) {
        return windows.take(name, key, perMinute);
    }
}
