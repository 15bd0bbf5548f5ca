package org.candour.intake;

import java.time.Duration;
import java.util.Optional;
import org.candour.intake.identity.IdentityVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts tries per key in a one-minute window in intake's database, so that a limit holds across
 * every replica: N replicas allow the tries one would, not N times as many. Each try is one
 * statement, which takes the row's lock, so tries arriving at once at different replicas are counted
 * one after another. The window starts at a key's first try, by the database's clock, the one clock
 * all replicas share. Keys are stored as keyed hashes: the table never holds a client address or a
 * reference.
 */
@Component
public final class RateLimitWindows {

    private static final char SEPARATOR = '\u001f';

    // The SET expressions read the row as it was; RETURNING reads it as it now is.
    private static final String TAKE = """
            insert into rate_limit_window as w (key_hash, window_started, tries)
            values (:key, now(), 1)
            on conflict (key_hash) do update set
              window_started = case when w.window_started <= now() - interval '1 minute'
                                    then now() else w.window_started end,
              tries = case when w.window_started <= now() - interval '1 minute'
                           then 1 else w.tries + 1 end
            returning tries,
              (extract(epoch from window_started + interval '1 minute' - now()) * 1000)::bigint as wait_millis
            """;

    private final JdbcClient jdbc;
    private final IdentityVault vault;

    public RateLimitWindows(JdbcClient jdbc, IdentityVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** A limit of {@code perMinute} tries per key; {@code name} keeps its keys apart from other limits'. */
    public PerKeyRateLimit limit(String name, int perMinute) {
        return new PerKeyRateLimit(this, name, perMinute);
    }

    Optional<Duration> take(String name, String key, int perMinute) {
        Window window = jdbc.sql(TAKE)
                .param("key", vault.keyedHash(name + SEPARATOR + key))
                .query((row, number) -> new Window(row.getInt("tries"), row.getLong("wait_millis")))
                .single();
        if (window.tries() <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.max(0, window.waitMillis())));
    }

    /** Forgets windows that ended over a minute ago; any replica may, and a second prune finds nothing. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void prune() {
        jdbc.sql("delete from rate_limit_window where window_started < now() - interval '2 minutes'")
                .update();
    }

    private record Window(int tries, long waitMillis) {}
}
