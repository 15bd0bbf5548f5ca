package org.candour.evaluation;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.candour.events.ProviderKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running system as a forwarding system sees it: concerns raised through intake's public JSON API
 * and what routing did with them read from its public timeline. Requests are paced under intake's
 * per-client rate limit, and a 429 is waited out as its {@code Retry-After} says and sent again with
 * the same idempotency key, so nothing is raised twice, until the concern's time is up.
 */
public final class RunningServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest one request to intake may take before it counts as not answered. */
    private static final Duration LONGEST_REQUEST = Duration.ofSeconds(30);

    private final URI intake;
    private final URI routing;
    private final Duration interval;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long nextRequestNanos = System.nanoTime();

    /**
     * @param intake intake's base address, such as {@code http://127.0.0.1:8080}
     * @param routing routing's base address, such as {@code http://127.0.0.1:8082}
     * @param requestsPerMinute at most this many concerns a minute; intake allows 60 from one client
     *     unless started with a higher {@code candour.intake.rate-limit.requests-per-minute}
     */
    public RunningServices(URI intake, URI routing, int requestsPerMinute) {
        this.intake = intake;
        this.routing = routing;
        this.interval = Duration.ofMinutes(1).dividedBy(Math.max(1, requestsPerMinute));
    }

    /**
     * What intake answered.
     *
     * @param reference the concern's reference, or null if intake refused it
     * @param replayed intake had already accepted this idempotency key and body, and raised nothing new
     * @param refusal the status and problem title of a refusal, never the body sent; for a 429 or 409
     *     that lasted out the time given, how long it was retried
     */
    public record Raised(
            @Nullable String reference,
            boolean replayed,
            @Nullable String refusal) {}

    /**
     * What routing decided, as its timeline shows it.
     *
     * @param destinations the bodies of the cases opened (and not withdrawn)
     * @param needsTriage routing holds routes for a person's check
     * @param taxonomyVersion the taxonomy classification applied
     * @param policyVersion the routing policy routing applied
     * @param classifiedAt when classification made the revision routing decided on: the routing policy
     *     measures time limits such as the Ombudsman's to it, so an in-process prediction compared with
     *     this decision must be made at the same instant
     */
    public record Decided(
            Set<Destination> destinations,
            boolean needsTriage,
            String taxonomyVersion,
            String policyVersion,
            Instant classifiedAt) {}

    /**
     * Raises the concern as a forwarding system would: its text and answers, anonymously. A 429 or 409 is
     * waited out and sent again, but only until {@code within} has passed since the first attempt: then
     * it is answered as a refusal, so one concern intake keeps turning away does not stop the run.
     *
     * @throws IOException if intake did not answer, such as within a request's timeout
     */
    public Raised raise(ConcernRaisedV1 concern, String idempotencyKey, Duration within)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(request(concern));
        long deadline = System.nanoTime() + within.toNanos();
        AtomicReference<Duration> retryAfter = new AtomicReference<>(Duration.ZERO);
        // Each attempt gives up by itself before the deadline; the margin is the last request's own timeout.
        return await().pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval((attempts, previous) -> retryAfter.get())
                .atMost(within.plus(LONGEST_REQUEST).plusSeconds(1))
                .until(() -> attempt(body, idempotencyKey, deadline, within, retryAfter), Objects::nonNull);
    }

    /**
     * Sends the concern once: intake's answer, or null when it said to wait ({@code retryAfter} says how long)
     * and there is time left to do so.
     */
    private @Nullable Raised attempt(
            String body, String idempotencyKey, long deadline, Duration within, AtomicReference<Duration> retryAfter)
            throws IOException, InterruptedException {
        pace();
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(intake.resolve("/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .timeout(max(Duration.ofSeconds(1), min(LONGEST_REQUEST, left)))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 201) {
            return new Raised(
                    JSON.readTree(response.body()).path("reference").asString(),
                    response.headers().firstValue("Idempotent-Replayed").isPresent(),
                    null);
        }
        if (status == 429 || status == 409) {
            // Over the rate limit, or the same key still being processed: wait as told and send it again.
            Duration wait = Duration.ofSeconds(Math.max(
                    1, response.headers().firstValueAsLong("Retry-After").orElse(1)));
            if (System.nanoTime() + wait.toNanos() > deadline) {
                return new Raised(
                        null,
                        false,
                        status + " " + title(response) + ", still after " + within.toSeconds() + " s of retrying");
            }
            retryAfter.set(wait);
            return null;
        }
        return new Raised(null, false, status + " " + title(response));
    }

    /** The problem's title, or nothing if the body is not a problem document (a proxy's page, say). */
    private static String title(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("title").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Routing's decision on the concern, once its timeline shows it routed or in triage. */
    public Optional<Decided> decided(String reference) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(routing.resolve("/api/v1/concerns/" + reference + "/timeline"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("routing answered " + response.statusCode() + " for the timeline of " + reference);
        }
        return decided(JSON.readTree(response.body()).path("entries"));
    }

    private static Optional<Decided> decided(JsonNode entries) {
        Map<String, Destination> opened = new LinkedHashMap<>();
        Set<String> withdrawn = new HashSet<>();
        String taxonomy = "";
        Instant classifiedAt = null;
        String policy = null;
        boolean needsTriage = false;
        for (JsonNode entry : entries) {
            switch (entry.path("kind").asString()) {
                case "CLASSIFIED" -> {
                    // The entry names the taxonomy version policyVersion; the last revision is the one in force.
                    taxonomy = entry.path("policyVersion").asString();
                    classifiedAt = Instant.parse(entry.path("at").asString());
                }
                case "ROUTED" -> {
                    opened.put(
                            entry.path("caseId").asString(),
                            Destination.valueOf(entry.path("destination").asString()));
                    policy = entry.path("policyVersion").asString();
                }
                case "NEEDS_TRIAGE" -> {
                    needsTriage = true;
                    policy = entry.path("policyVersion").asString();
                }
                case "WITHDRAWN" -> withdrawn.add(entry.path("caseId").asString());
                default -> {}
            }
        }
        if (policy == null || classifiedAt == null) {
            return Optional.empty();
        }
        Set<Destination> destinations = EnumSet.noneOf(Destination.class);
        opened.forEach((caseId, destination) -> {
            if (!withdrawn.contains(caseId)) {
                destinations.add(destination);
            }
        });
        return Optional.of(new Decided(destinations, needsTriage, taxonomy, policy, classifiedAt));
    }

    /** The API request for the concern: what the in-process evaluation classifies, as intake takes it. */
    static Map<String, Object> request(ConcernRaisedV1 concern) {
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("kind", concern.provider().kind().name());
        if (concern.provider().odsCode() != null) {
            provider.put("odsCode", concern.provider().odsCode());
        }
        if (concern.provider().kind() != ProviderKind.NHS_TRUST) {
            // A trust's name comes from the directory; other providers are named by the reporter.
            provider.put("name", concern.provider().name());
        }
        if (concern.provider().icbCode() != null) {
            provider.put("icbCode", concern.provider().icbCode());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("provider", provider);
        request.put("description", concern.description());
        request.put("affected", concern.affected().stream().map(Enum::name).toList());
        request.put("harm", concern.reportedHarm().name());
        request.put("immediateDanger", concern.immediateDanger());
        request.put(
                "professionals",
                concern.professionals().stream()
                        .map(p -> Map.of("role", p.role().name()))
                        .toList());
        if (!concern.raisedBefore().routes().isEmpty()) {
            Map<String, Object> raisedBefore = new LinkedHashMap<>();
            raisedBefore.put(
                    "routes",
                    concern.raisedBefore().routes().stream().map(Enum::name).toList());
            if (concern.raisedBefore().finalResponseOn() != null) {
                raisedBefore.put(
                        "finalResponseOn",
                        concern.raisedBefore().finalResponseOn().toString());
            }
            request.put("raisedBefore", raisedBefore);
        }
        request.put("identity", concern.identity().name());
        return request;
    }

    /** Waits, if need be, until the next request's turn comes, so that requests keep to the rate. */
    private void pace() {
        Duration wait = Duration.ofNanos(nextRequestNanos - System.nanoTime());
        if (wait.isPositive()) {
            await().pollInSameThread()
                    .pollDelay(wait)
                    .atMost(wait.plusSeconds(1))
                    .until(() -> System.nanoTime() >= nextRequestNanos);
        }
        nextRequestNanos = Math.max(nextRequestNanos, System.nanoTime()) + interval.toNanos();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
