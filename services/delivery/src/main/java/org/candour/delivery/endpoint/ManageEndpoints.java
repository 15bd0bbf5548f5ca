package org.candour.delivery.endpoint;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.candour.delivery.endpoint.InvalidEndpointException.FieldProblem;
import org.candour.delivery.webhook.DestinationGuard;
import org.candour.delivery.webhook.RefusedDestinationException;
import org.candour.delivery.webhook.WebhookSecret;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a national body does with its endpoints: registers them, pauses and resumes them, and rotates
 * their signing secrets. A new or rotated secret is returned once, to be shown once; it is never
 * logged.
 */
@Service
public class ManageEndpoints {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MIN_RATE_LIMIT = 1;
    public static final int MAX_RATE_LIMIT = 1000;
    public static final int DEFAULT_GRACE_HOURS = 24;
    public static final int MAX_GRACE_HOURS = 72;

    private static final Logger log = LoggerFactory.getLogger(ManageEndpoints.class);
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final Endpoints endpoints;
    private final EndpointSecrets secrets;
    private final DestinationGuard guard;
    private final Clock clock;

    ManageEndpoints(Endpoints endpoints, EndpointSecrets secrets, DestinationGuard guard, Clock clock) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.guard = guard;
        this.clock = clock;
    }

    /** An endpoint with the secret that signs its messages, as it is shown the one time. */
    public record WithSecret(Endpoint endpoint, WebhookSecret secret) {}

    /**
     * Registers an endpoint for the body, ACTIVE, with a new signing secret.
     *
     * @throws InvalidEndpointException naming every field that is wrong; nothing is stored
     */
    @Transactional
    public WithSecret register(
            String bodyCode,
            @Nullable String url,
            @Nullable List<String> eventTypes,
            @Nullable String description,
            @Nullable Integer rateLimitPerSecond) {
        List<FieldProblem> problems = new ArrayList<>();
        URI checked = checkUrl(url, problems);
        List<String> types = checkEventTypes(eventTypes, problems);
        String described = description == null || description.isBlank() ? null : description.strip();
        if (described != null && described.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem(
                    "description",
                    "Keep the description to " + MAX_DESCRIPTION + " characters; it has " + described.length() + "."));
        } else if (described != null && UNPRINTABLE.matcher(described).find()) {
            problems.add(
                    new FieldProblem("description", "The description contains control characters; send plain text."));
        }
        if (rateLimitPerSecond != null
                && (rateLimitPerSecond < MIN_RATE_LIMIT || rateLimitPerSecond > MAX_RATE_LIMIT)) {
            problems.add(new FieldProblem(
                    "rateLimitPerSecond",
                    "Give a whole number of requests a second from " + MIN_RATE_LIMIT + " to " + MAX_RATE_LIMIT
                            + ", or leave it out for no limit."));
        }
        if (!problems.isEmpty() || checked == null) {
            throw new InvalidEndpointException(problems);
        }
        Instant now = clock.instant();
        Endpoint endpoint = new Endpoint(
                UUID.randomUUID(),
                bodyCode,
                checked,
                types,
                described,
                EndpointStatus.ACTIVE,
                null,
                rateLimitPerSecond,
                null,
                now,
                now);
        endpoints.add(endpoint);
        WebhookSecret secret = secrets.issue(endpoint.id(), now);
        log.info("Endpoint {} registered for {}: {} receiving {}", endpoint.id(), bodyCode, checked.getHost(), types);
        return new WithSecret(endpoint, secret);
    }

    /** Stops sending to the endpoint until it is resumed; its messages wait. Pausing a paused one changes nothing. */
    @Transactional
    public Endpoint pause(String bodyCode, UUID endpointId) {
        Endpoint endpoint = endpoints.lock(bodyCode, endpointId).orElseThrow(() -> unknown(bodyCode, endpointId));
        switch (endpoint.status()) {
            case PAUSED -> {
                return endpoint;
            }
            case DISABLED ->
                throw new EndpointStatusConflictException(
                        "Endpoint " + endpointId + " is disabled (" + endpoint.statusReason()
                                + "); resume it to receive webhooks again, then pause it if need be.");
            case ACTIVE -> {}
        }
        endpoints.changeStatus(endpointId, EndpointStatus.PAUSED, clock.instant());
        log.info("Endpoint {} of {} paused", endpointId, bodyCode);
        return reread(bodyCode, endpointId);
    }

    /** Sends to the endpoint again, paused or disabled, as if it had never failed. Resuming an active one changes nothing. */
    @Transactional
    public Endpoint resume(String bodyCode, UUID endpointId) {
        Endpoint endpoint = endpoints.lock(bodyCode, endpointId).orElseThrow(() -> unknown(bodyCode, endpointId));
        if (endpoint.status() == EndpointStatus.ACTIVE) {
            return endpoint;
        }
        endpoints.changeStatus(endpointId, EndpointStatus.ACTIVE, clock.instant());
        log.info("Endpoint {} of {} resumed from {}", endpointId, bodyCode, endpoint.status());
        return reread(bodyCode, endpointId);
    }

    /**
     * Gives the endpoint a new current secret; the old one keeps signing for the grace period, so
     * both signatures are sent meanwhile.
     *
     * @param gracePeriodHours 0 to 72; 24 when absent
     * @throws InvalidEndpointException if the grace period is out of range; nothing changes
     */
    @Transactional
    public WithSecret rotateSecret(String bodyCode, UUID endpointId, @Nullable Integer gracePeriodHours) {
        int hours = gracePeriodHours == null ? DEFAULT_GRACE_HOURS : gracePeriodHours;
        if (hours < 0 || hours > MAX_GRACE_HOURS) {
            throw new InvalidEndpointException(List.of(new FieldProblem(
                    "gracePeriodHours",
                    "Give the hours the old secret keeps signing, from 0 to " + MAX_GRACE_HOURS + "; "
                            + DEFAULT_GRACE_HOURS + " when left out.")));
        }
        Endpoint endpoint = endpoints.lock(bodyCode, endpointId).orElseThrow(() -> unknown(bodyCode, endpointId));
        Instant now = clock.instant();
        WebhookSecret secret = secrets.rotate(endpointId, now, now.plus(Duration.ofHours(hours)));
        log.info(
                "Endpoint {} of {}: signing secret rotated, the old one signs for {} h more",
                endpointId,
                bodyCode,
                hours);
        return new WithSecret(endpoint, secret);
    }

    private @Nullable URI checkUrl(@Nullable String url, List<FieldProblem> problems) {
        if (url == null || url.isBlank()) {
            problems.add(new FieldProblem("url", "Give the https URL webhooks are to be posted to."));
            return null;
        }
        try {
            return guard.checkRegistration(url.strip());
        } catch (RefusedDestinationException e) {
            problems.add(new FieldProblem("url", e.reason()));
            return null;
        }
    }

    private static List<String> checkEventTypes(@Nullable List<String> eventTypes, List<FieldProblem> problems) {
        String known = String.join(", ", new TreeSet<>(EventTypes.KNOWN));
        if (eventTypes == null || eventTypes.isEmpty()) {
            problems.add(new FieldProblem("eventTypes", "Name at least one event type to receive: " + known + "."));
            return List.of();
        }
        List<String> unknown = eventTypes.stream()
                .filter(type -> type == null || !EventTypes.KNOWN.contains(type))
                .map(String::valueOf)
                .toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(
                    "eventTypes", "Unknown event type " + String.join(", ", unknown) + "; use " + known + "."));
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(eventTypes));
    }

    private Endpoint reread(String bodyCode, UUID endpointId) {
        return endpoints.find(bodyCode, endpointId).orElseThrow(() -> unknown(bodyCode, endpointId));
    }

    private static UnknownEndpointException unknown(String bodyCode, UUID endpointId) {
        return new UnknownEndpointException(bodyCode, endpointId);
    }
}
