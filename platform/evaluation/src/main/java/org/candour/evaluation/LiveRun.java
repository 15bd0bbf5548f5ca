package org.candour.evaluation;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.awaitility.core.ConditionTimeoutException;
import org.candour.events.ConcernRaisedV1;
import org.candour.routing.policy.RoutingDecision;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Runs corpus items through the running services: raises each at intake, then waits for routing's
 * timeline to show it routed or in triage, a batch at a time so that no item waits behind a long
 * queue, and gives up on an item after the timeout from its raising. Intake's answers to wait are
 * waited out for at most the timeout too.
 *
 * @param services the running system
 * @param timeout how long after its raising an item may take to be routed or put in triage
 * @param batch how many items are raised before their decisions are collected
 * @param keySalt goes into each item's idempotency key with its request, so that a re-run of the same
 *     item, taxonomy and policy raises nothing new while a changed one is raised afresh
 */
public record LiveRun(RunningServices services, Duration timeout, int batch, String keySalt) {

    /**
     * What the running services did with one item.
     *
     * @param raisedAt when it was sent to intake
     * @param reference intake's reference, or null if intake refused it
     * @param decided routing's decision, or null if it refused or timed out
     * @param problem why there is no decision: intake's refusal or the timeout, never the item's text
     */
    public record Result(
            String id,
            ConcernRaisedV1 concern,
            Instant raisedAt,
            @Nullable String reference,
            boolean replayed,
            RunningServices.@Nullable Decided decided,
            @Nullable String problem) {

        /**
         * The in-process prediction to compare with what the services did, made at the instant they
         * classified the concern (or, if they decided nothing, when it was raised), so that time limits
         * such as the Ombudsman's are measured to the same day on both sides.
         */
        public InProcess.Prediction prediction(InProcess inProcess) {
            return inProcess.predict(concern, decided == null ? raisedAt : decided.classifiedAt());
        }

        /**
         * How what the services did differs from the in-process prediction, or empty when they agree: the
         * same destinations, held for triage or not alike, and the same taxonomy and routing policy
         * versions (the versions are named only when they differ). Destinations, versions and the problem
         * only, never the concern's text. The one comparison the evaluation and the local stack's
         * end-to-end test both make.
         */
        public Optional<String> differenceFrom(InProcess.Prediction prediction) {
            boolean predictedTriage = prediction.decision() instanceof RoutingDecision.NeedsTriage;
            String predicted = prediction.destinations() + (predictedTriage ? " in triage" : "");
            if (decided == null) {
                return Optional.of("services " + problem + ", in-process " + predicted);
            }
            String taxonomy = prediction.findings().taxonomyVersion();
            String policy = prediction.decision().policyVersion();
            boolean sameVersions = decided.taxonomyVersion().equals(taxonomy)
                    && decided.policyVersion().equals(policy);
            if (sameVersions
                    && decided.destinations().equals(prediction.destinations())
                    && decided.needsTriage() == predictedTriage) {
                return Optional.empty();
            }
            String services = decided.destinations() + (decided.needsTriage() ? " in triage" : "");
            if (sameVersions) {
                return Optional.of("services " + services + ", in-process " + predicted);
            }
            return Optional.of(String.format(
                    Locale.ROOT,
                    "services %s (taxonomy %s, routing policy %s), in-process %s (taxonomy %s, routing policy %s)",
                    services,
                    decided.taxonomyVersion(),
                    decided.policyVersion(),
                    predicted,
                    taxonomy,
                    policy));
        }
    }

    /**
     * Runs the items in order, telling {@code progress} after each batch. An item intake refuses or does
     * not answer, or that routing does not decide in time, is recorded with its problem and the run goes
     * on; only an interrupt ends it early.
     */
    public List<Result> run(List<JsonNode> items, Consumer<String> progress) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batch) {
            List<JsonNode> part = items.subList(from, Math.min(items.size(), from + batch));
            List<Pending> pending = new ArrayList<>();
            for (JsonNode item : part) {
                pending.add(raise(item));
            }
            for (Pending each : pending) {
                results.add(collect(each));
            }
            progress.accept(results.size() + " of " + items.size() + " concerns through the running services");
        }
        return results;
    }

    /**
     * An item sent to intake.
     *
     * @param reference intake's reference, or null if it gave none
     * @param problem why intake gave no reference
     */
    private record Pending(
            String id,
            ConcernRaisedV1 concern,
            Instant raisedAt,
            @Nullable String reference,
            boolean replayed,
            @Nullable String problem,
            long raisedNanos) {

        Result result(RunningServices.@Nullable Decided decided, @Nullable String problem) {
            return new Result(id, concern, raisedAt, reference, replayed, decided, problem);
        }
    }

    private Pending raise(JsonNode item) throws InterruptedException {
        ConcernRaisedV1 concern = Corpus.concern(item);
        Instant raisedAt = Instant.now();
        String reference = null;
        boolean replayed = false;
        String problem;
        try {
            RunningServices.Raised raised = services.raise(concern, idempotencyKey(item, concern), timeout);
            reference = raised.reference();
            replayed = raised.replayed();
            problem = reference == null ? "intake refused it: " + raised.refusal() : null;
        } catch (IOException e) {
            problem = "intake did not answer: " + describe(e);
        } catch (JacksonException e) {
            // Its message may quote the answer; the type is enough to say what went wrong.
            problem = "intake's answer could not be read: " + e.getClass().getSimpleName();
        }
        return new Pending(Corpus.id(item), concern, raisedAt, reference, replayed, problem, System.nanoTime());
    }

    private Result collect(Pending pending) throws InterruptedException {
        String reference = pending.reference();
        if (reference == null) {
            return pending.result(null, pending.problem());
        }
        Duration left = Duration.ofNanos(Math.max(1, pending.raisedNanos() + timeout.toNanos() - System.nanoTime()));
        AtomicReference<@Nullable String> failed = new AtomicReference<>();
        try {
            RunningServices.Decided decided = await().pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .atMost(left)
                    .until(() -> decidedOrNull(reference, failed), Objects::nonNull);
            return pending.result(decided, null);
        } catch (ConditionTimeoutException e) {
            return pending.result(
                    null,
                    "not routed or in triage within " + timeout.toSeconds() + " s of its raising"
                            + (failed.get() == null ? "" : " (routing's timeline, last asked: " + failed.get() + ")"));
        }
    }

    /**
     * Routing's decision on the concern, or null while there is none; a slow or failed read of the timeline is
     * recorded in {@code failed} and asked again, since it is not the item's end.
     */
    private RunningServices.@Nullable Decided decidedOrNull(String reference, AtomicReference<@Nullable String> failed)
            throws InterruptedException {
        try {
            return services.decided(reference).orElse(null);
        } catch (IOException e) {
            failed.set(describe(e));
        } catch (JacksonException e) {
            failed.set("its timeline could not be read: " + e.getClass().getSimpleName());
        }
        return null;
    }

    /** The exception's type and message, which name addresses and statuses but never a concern's text. */
    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** The item's id, and a digest of its request and the salt, in the 255 visible characters intake allows. */
    private String idempotencyKey(JsonNode item, ConcernRaisedV1 concern) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((RunningServices.json(RunningServices.request(concern)) + "\n" + keySalt)
                            .getBytes(StandardCharsets.UTF_8));
            return "candour-evaluation:" + Corpus.id(item) + ":"
                    + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
