package org.candour.delivery.sending.web;

import static org.candour.web.Problems.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.delivery.endpoint.Endpoint;
import org.candour.delivery.endpoint.Endpoints;
import org.candour.delivery.sending.DeliveryLog;
import org.candour.delivery.sending.DeliveryStatus;
import org.candour.delivery.web.Bodies;
import org.candour.delivery.web.InvalidParameters;
import org.candour.web.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A body's delivery log: the messages owed to each of its endpoints, every attempt, the notices it
 * was sent, and resend and replay. Another body's endpoint or message is not found (404), like one
 * that does not exist.
 */
@RestController
@Tag(name = "Delivery log", description = "Messages, attempts, notices, resend and replay, for the owning body")
@SecurityRequirement(name = "machine-client")
class MessagesController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final DeliveryLog log;
    private final Endpoints endpoints;
    private final Clock clock;

    MessagesController(DeliveryLog log, Endpoints endpoints, Clock clock) {
        this.log = log;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    record MessageList(List<DeliveryLog.MessageDelivery> messages) {}

    record AttemptList(UUID messageId, List<DeliveryLog.Attempt> attempts) {}

    record NoticeList(List<DeliveryLog.Notice> notices) {}

    record Resent(UUID messageId, UUID endpointId, String status) {}

    /** @param since replay every message routed to the body at or after this instant (ISO 8601) */
    record ReplayRequest(@Nullable String since) {}

    record Replayed(UUID endpointId, Instant since, int messages) {}

    @GetMapping("/api/v1/bodies/{body}/endpoints/{endpointId}/messages")
    @Operation(
            summary = "The messages owed to one of the body's endpoints, newest first",
            description = "Needs scope notifications.read. Each with its status, failed attempts and next attempt.")
    @ApiResponse(responseCode = "200", description = "The messages")
    @ProblemResponse(responseCode = "400", description = "A bad status or limit")
    @ProblemResponse(responseCode = "404", description = "Not this client's body, or not its endpoint")
    MessageList messages(
            @PathVariable String body,
            @PathVariable String endpointId,
            @RequestParam(required = false) @Parameter(description = "PENDING, DELIVERED or DEAD") @Nullable
                    String status,
            @RequestParam(required = false) @Parameter(description = "1 to 200; 50 when absent") @Nullable String limit,
            @AuthenticationPrincipal Jwt token) {
        Endpoint endpoint = ownEndpoint(body, endpointId, token);
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        DeliveryStatus wanted = status(status, errors);
        int size = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw invalid("The message query is not valid", errors);
        }
        return new MessageList(log.messages(endpoint.id(), wanted, size));
    }

    @GetMapping("/api/v1/bodies/{body}/messages/{messageId}/attempts")
    @Operation(
            summary = "Every attempt of one message to the body's endpoints, oldest first",
            description = "Needs scope notifications.read. Outcome, HTTP status, latency and error of each.")
    @ApiResponse(responseCode = "200", description = "The attempts")
    @ProblemResponse(responseCode = "404", description = "Not this client's body, or not a message for it")
    AttemptList attempts(
            @PathVariable String body, @PathVariable String messageId, @AuthenticationPrincipal Jwt token) {
        String code = Bodies.own(body, token).name();
        UUID message = ownMessage(code, messageId);
        return new AttemptList(message, log.attempts(code, message));
    }

    @GetMapping("/api/v1/bodies/{body}/endpoints/{endpointId}/notices")
    @Operation(
            summary = "What the body was told about one of its endpoints, newest first",
            description = "Needs scope notifications.read. Dead-lettered messages and the endpoint being disabled.")
    @ApiResponse(responseCode = "200", description = "The notices")
    @ProblemResponse(responseCode = "404", description = "Not this client's body, or not its endpoint")
    NoticeList notices(
            @PathVariable String body,
            @PathVariable String endpointId,
            @RequestParam(required = false) @Parameter(description = "1 to 200; 50 when absent") @Nullable String limit,
            @AuthenticationPrincipal Jwt token) {
        Endpoint endpoint = ownEndpoint(body, endpointId, token);
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        int size = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw invalid("The notice query is not valid", errors);
        }
        return new NoticeList(log.notices(endpoint.id(), size));
    }

    @PostMapping("/api/v1/bodies/{body}/endpoints/{endpointId}/messages/{messageId}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Sends one message to the endpoint again, at once, with a fresh retry schedule",
            description = "Needs scope webhooks.manage. The webhook-id and body are the message's own, as before.")
    @ApiResponse(responseCode = "202", description = "Owed again, due now")
    @ProblemResponse(responseCode = "404", description = "Not this client's body, its endpoint or a message for it")
    Resent resend(
            @PathVariable String body,
            @PathVariable String endpointId,
            @PathVariable String messageId,
            @AuthenticationPrincipal Jwt token) {
        Endpoint endpoint = ownEndpoint(body, endpointId, token);
        UUID message = ownMessage(endpoint.bodyCode(), messageId);
        log.resend(endpoint.id(), message, clock.instant());
        return new Resent(message, endpoint.id(), "PENDING");
    }

    @PostMapping("/api/v1/bodies/{body}/endpoints/{endpointId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Sends the endpoint every message routed to the body since a time",
            description = "Needs scope webhooks.manage. Body {\"since\": \"2026-11-25T00:00:00Z\"}. Messages it"
                    + " already has are sent again, each under its own webhook-id.")
    @ApiResponse(responseCode = "202", description = "How many messages are owed again, due now")
    @ProblemResponse(responseCode = "400", description = "No since, or not an instant in the past")
    @ProblemResponse(responseCode = "404", description = "Not this client's body, or not its endpoint")
    Replayed replay(
            @PathVariable String body,
            @PathVariable String endpointId,
            @RequestBody ReplayRequest request,
            @AuthenticationPrincipal Jwt token) {
        Endpoint endpoint = ownEndpoint(body, endpointId, token);
        Instant now = clock.instant();
        Instant since = since(request.since(), now);
        return new Replayed(endpoint.id(), since, log.replay(endpoint.id(), since, now));
    }

    private Endpoint ownEndpoint(String body, String endpointId, Jwt token) {
        String code = Bodies.own(body, token).name();
        return id(endpointId)
                .flatMap(id -> endpoints.find(code, id))
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND, "Not found", "Body " + code + " has no endpoint " + endpointId + "."));
    }

    private UUID ownMessage(String code, String messageId) {
        return id(messageId)
                .filter(id -> log.isMessageOf(code, id))
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND, "Not found", "Body " + code + " has no message " + messageId + "."));
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable DeliveryStatus status(@Nullable String status, List<Map.Entry<String, String>> errors) {
        if (status == null) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add(Map.entry(
                    "status",
                    "must be one of "
                            + Arrays.stream(DeliveryStatus.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))
                            + ", not '" + status + "'"));
            return null;
        }
    }

    private static int limit(@Nullable String limit, List<Map.Entry<String, String>> errors) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Map.entry("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'"));
        return DEFAULT_LIMIT;
    }

    private static Instant since(@Nullable String since, Instant now) {
        if (since == null || since.isBlank()) {
            throw invalid(
                    "The replay is not valid",
                    List.of(Map.entry("since", "is required: an instant such as 2026-11-25T00:00:00Z")));
        }
        try {
            Instant instant = Instant.parse(since);
            if (instant.isAfter(now)) {
                throw invalid("The replay is not valid", List.of(Map.entry("since", "must not be in the future")));
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid(
                    "The replay is not valid",
                    List.of(Map.entry(
                            "since", "must be an instant such as 2026-11-25T00:00:00Z, not '" + since + "'")));
        }
    }

    private static ErrorResponseException invalid(String title, List<Map.Entry<String, String>> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, InvalidParameters.problem(title, errors), null);
    }
}
