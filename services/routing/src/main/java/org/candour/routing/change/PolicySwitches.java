package org.candour.routing.change;

import java.io.ByteArrayInputStream;
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
import org.candour.routing.policy.RunningPolicy;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Switches routing policy versions and records each switch. At start, the version in the file is
 * recorded when it differs from the last one recorded. While routing runs, the file is read again every
 * {@code candour.routing.policy-refresh} (30 s): a new version is switched on at once; a file that is
 * not valid, or whose rules changed under the version in force or one used before, is refused with the
 * reason, recorded, and the version in force stays. So a version names the same rules in every decision
 * that records it.
 */
@Component
class PolicySwitches implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PolicySwitches.class);

    private final RunningPolicy running;
    private final RoutingProperties properties;
    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private @Nullable String lastDigest;

    PolicySwitches(
            RunningPolicy running,
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

    /**
     * @throws IllegalStateException if the file's rules differ from those recorded under its version:
     *     routing does not start with them
     */
    @Override
    public synchronized void run(@Nullable ApplicationArguments arguments) {
        String digest = digest(read());
        RoutingPolicy policy = running.current();
        usedBefore(policy.version(), digest).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        recordIfSwitched(policy, digest);
        lastDigest = digest;
    }

    /** Reads the file again; switches to a new version in it, or refuses it and keeps the one in force. */
    @Scheduled(
            initialDelayString = "${candour.routing.policy-refresh:30s}",
            fixedDelayString = "${candour.routing.policy-refresh:30s}")
    public synchronized void reload() {
        byte[] file;
        try {
            file = read();
        } catch (UncheckedIOException e) {
            log.error("{}; {} stays in force", e.getMessage(), running.current().version());
            return;
        }
        String digest = digest(file);
        if (digest.equals(lastDigest)) {
            return;
        }
        // Each version of the file is judged once: a refused file is not refused again every refresh.
        lastDigest = digest;
        RoutingPolicy inForce = running.current();
        RoutingPolicy candidate;
        try {
            candidate = RoutingPolicyFile.read(new ByteArrayInputStream(file));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            refuse(
                    null,
                    digest,
                    "The routing policy at " + properties.policyLocation() + " is not valid: " + e.getMessage() + ". "
                            + inForce.version() + " stays in force.");
            return;
        }
        if (candidate.version().equals(inForce.version())) {
            refuse(
                    candidate.version(),
                    digest,
                    "The rules at " + properties.policyLocation() + " changed but the version"
                            + " is still " + candidate.version() + ": give changed rules a new version. "
                            + inForce.version()
                            + " stays in force.");
            return;
        }
        Optional<String> reused = usedBefore(candidate.version(), digest);
        if (reused.isPresent()) {
            refuse(candidate.version(), digest, reused.get() + " " + inForce.version() + " stays in force.");
            return;
        }
        running.switchTo(candidate);
        recordIfSwitched(candidate, digest);
    }

    /** Why the file cannot be this version, if its rules differ from those last recorded under it. */
    private Optional<String> usedBefore(String version, String digest) {
        return jdbc.sql("""
                        select digest from policy_switch where version = ? and outcome = 'SWITCHED'
                        order by position desc limit 1
                        """)
                .param(version)
                .query(String.class)
                .optional()
                .filter(recorded -> !recorded.equals(digest))
                .map(recorded -> "The routing policy at " + properties.policyLocation() + " says version " + version
                        + ", but its rules differ from the " + version + " used before: give changed rules a new"
                        + " version, so that each decision's version names its rules.");
    }

    private void recordIfSwitched(RoutingPolicy policy, String digest) {
        Optional<String> last = jdbc.sql("""
                        select version from policy_switch where outcome = 'SWITCHED' order by position desc limit 1
                        """).query(String.class).optional();
        if (last.isPresent() && last.get().equals(policy.version())) {
            return;
        }
        jdbc.sql("""
                        insert into policy_switch (outcome, version, digest, location, previous_version, switched_at)
                        values ('SWITCHED', ?, ?, ?, ?, ?)
                        """)
                .params(
                        policy.version(),
                        digest,
                        properties.policyLocation(),
                        last.orElse(null),
                        Timestamp.from(clock.instant()))
                .update();
        log.info("Routing policy switched to {} (was {})", policy.version(), last.orElse("none"));
    }

    private void refuse(@Nullable String version, String digest, String reason) {
        log.error(reason);
        jdbc.sql("""
                        insert into policy_switch (outcome, version, digest, location, reason, switched_at)
                        values ('REFUSED', ?, ?, ?, ?, ?)
                        """)
                .params(version, digest, properties.policyLocation(), reason, Timestamp.from(clock.instant()))
                .update();
    }

    private byte[] read() {
        try (InputStream in = resources.getResource(properties.policyLocation()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing policy at " + properties.policyLocation(), e);
        }
    }

    private static String digest(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
