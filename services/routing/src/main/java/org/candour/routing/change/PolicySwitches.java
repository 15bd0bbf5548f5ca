package org.candour.routing.change;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.candour.routing.RoutingProperties;
import org.candour.routing.policy.RoutingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each switch of routing policy version, at start: when the version routing runs differs from
 * the last one recorded, a {@code policy_switch} row says which, from where, replacing which, when. A
 * file whose rules changed under a version already used is refused, so that a version always names the
 * same rules in every decision that records it.
 */
@Component
class PolicySwitches implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PolicySwitches.class);

    private final RoutingPolicy running;
    private final RoutingProperties properties;
    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final Clock clock;

    PolicySwitches(
            RoutingPolicy running,
            RoutingProperties properties,
            ResourceLoader resources,
            JdbcClient jdbc,
            Clock clock) {
        this.running = running;
        this.properties = properties;
        this.resources = resources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        String digest = digest();
        Optional<String> sameVersionDigest = jdbc.sql(
                        "select digest from policy_switch where version = ? order by position desc limit 1")
                .param(running.version())
                .query(String.class)
                .optional();
        if (sameVersionDigest.isPresent() && !sameVersionDigest.get().equals(digest)) {
            throw new IllegalStateException(
                    "The routing policy at " + properties.policyLocation() + " says version "
                            + running.version() + ", but its rules differ from the " + running.version()
                            + " used before: give changed rules a new version, so that each decision's version names its rules");
        }
        Optional<String> last = jdbc.sql("select version from policy_switch order by position desc limit 1")
                .query(String.class)
                .optional();
        if (last.isPresent() && last.get().equals(running.version())) {
            return;
        }
        jdbc.sql("""
                        insert into policy_switch (version, digest, location, previous_version, switched_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        running.version(),
                        digest,
                        properties.policyLocation(),
                        last.orElse(null),
                        Timestamp.from(clock.instant()))
                .update();
        log.info("Routing policy switched to {} (was {})", running.version(), last.orElse("none"));
    }

    private String digest() {
        try (InputStream in = resources.getResource(properties.policyLocation()).getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing policy at " + properties.policyLocation(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
