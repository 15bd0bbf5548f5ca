package org.candour.routing.change;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Switches routing policy versions and records each switch, keeping the text of each file put in force
 * ({@code policy_file}). At start, the version
 * in the file is put in force, and recorded when it differs from the last one recorded; a file that
 * cannot be read, is not valid, or whose rules changed under a version used before is refused with the
 * reason and recorded, and the version last in force is read back from its record and stays in force
 * (only on the very first start, with no version ever in force, does routing refuse to start). While
 * routing runs, the file is read again every {@code candour.routing.policy-refresh} (30 s): a new version
 * is switched on at once; a file that is not valid, or whose rules changed under the version in force or
 * one used before, is refused with the reason, recorded, and the version in force stays. So a version
 * names the same rules in every decision that records it.
 */
@Component
class PolicySwitches {

    private static final Logger log = LoggerFactory.getLogger(PolicySwitches.class);

    private final RoutingProperties properties;
    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RunningPolicy running;
    /** The file last judged, so that each version of it is judged once. */
    private @Nullable String lastDigest;
    /** The file of the version in force. */
    private @Nullable String inForceDigest;

    PolicySwitches(RoutingProperties properties, ResourceLoader resources, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.resources = resources;
        this.jdbc = jdbc;
        this.clock = clock;
        this.running = new RunningPolicy(start());
    }

    /** The policy in force, which every decision takes once. */
    RunningPolicy running() {
        return running;
    }

    /** Decides again which version is in force, as a restart of routing would. */
    synchronized void restart() {
        running.switchTo(start());
    }

    /**
     * The version to start with: the file's, or when the file is refused, the version last in force.
     *
     * @throws IllegalStateException when the file is refused and no version was ever in force (or the last
     *     was recorded without its text): routing does not start, and says which file, line and reason
     */
    private RoutingPolicy start() {
        String digest = null;
        String version = null;
        String refused;
        try {
            byte[] file = read();
            digest = digest(file);
            RoutingPolicy policy = RoutingPolicyFile.read(new ByteArrayInputStream(file));
            version = policy.version();
            Optional<String> reused = usedBefore(policy.version(), digest);
            if (reused.isEmpty()) {
                log.info(
                        "Routing policy {} loaded from {} ({} rules)",
                        policy.version(),
                        properties.policyLocation(),
                        policy.rules().size());
                keep(digest, file);
                recordIfSwitched(policy, digest);
                lastDigest = digest;
                inForceDigest = digest;
                return policy;
            }
            refused = reused.get();
        } catch (UncheckedIOException e) {
            refused = e.getMessage() + ".";
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            refused = invalid(e);
        }
        Optional<InForce> last = lastInForce();
        if (last.isEmpty()) {
            throw new IllegalStateException(refused + " No routing policy version was in force before, so routing"
                    + " cannot start until the file is put right.");
        }
        String text = last.get().policy();
        if (text == null) {
            throw new IllegalStateException(
                    refused + " The file of " + last.get().version() + ", last in force,"
                            + " was not kept (it was switched on before routing kept policy files), so routing cannot start"
                            + " with it until the file is put right.");
        }
        RoutingPolicy kept = RoutingPolicyFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        refuse(version, digest, refused + " Routing starts with " + kept.version() + ", the version last in force.");
        lastDigest = digest;
        inForceDigest = last.get().digest();
        return kept;
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
            refuse(null, digest, invalid(e) + " " + inForce.version() + " stays in force.");
            return;
        }
        if (digest.equals(inForceDigest)) {
            // The file holds the version in force again, as after a file refused at start is put back.
            log.info(
                    "The routing policy at {} holds {} again, the version in force",
                    properties.policyLocation(),
                    inForce.version());
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
        keep(digest, file);
        running.switchTo(candidate);
        recordIfSwitched(candidate, digest);
        inForceDigest = digest;
    }

    private String invalid(RuntimeException e) {
        return "The routing policy at " + properties.policyLocation() + " is not valid: " + e.getMessage() + ".";
    }

    /**
     * The version last switched on, with its file's text from {@code policy_file} (null when that file was
     * last read before routing kept files).
     */
    private record InForce(
            String version, String digest, @Nullable String policy) {}

    private Optional<InForce> lastInForce() {
        return jdbc.sql("""
                        select s.version, s.digest, f.policy
                        from policy_switch s left join policy_file f on f.digest = s.digest
                        where s.outcome = 'SWITCHED' order by s.position desc limit 1
                        """)
                .query((row, n) ->
                        new InForce(row.getString("version"), row.getString("digest"), row.getString("policy")))
                .optional();
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

    /** Keeps the text of a file put in force, once per digest, for a later start that must fall back to it. */
    private void keep(String digest, byte[] file) {
        jdbc.sql("""
                        insert into policy_file (digest, policy, stored_at) values (?, ?, ?)
                        on conflict (digest) do nothing
                        """)
                .params(digest, new String(file, StandardCharsets.UTF_8), Timestamp.from(clock.instant()))
                .update();
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

    private void refuse(@Nullable String version, @Nullable String digest, String reason) {
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
