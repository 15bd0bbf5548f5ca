package org.candour.delivery.endpoint.web;

import static org.candour.web.Problems.detail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.delivery.endpoint.EndpointStatusConflictException;
import org.candour.delivery.endpoint.Endpoints;
import org.candour.delivery.endpoint.InvalidEndpointException;
import org.candour.delivery.endpoint.ManageEndpoints;
import org.candour.delivery.endpoint.UnknownEndpointException;
import org.candour.delivery.web.Bodies;
import org.candour.delivery.web.InvalidParameters;
import org.candour.web.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A national body's webhook endpoints. A client sees only the body its access token names: another
 * body's endpoints are not found (404, never 403, so that existence does not leak). A signing secret
 * is in the response that creates it and in no other, ever.
 */
@RestController
@RequestMapping("/api/v1/bodies/{body}/endpoints")
@Tag(name = "Webhook endpoints", description = "The URLs a national body receives signed webhooks on")
@SecurityRequirement(name = "body-client")
@ProblemResponse(
        responseCode = "400",
        description = "Not a national body's code, or a field is not valid; errors name each")
@ProblemResponse(responseCode = "401", description = "No valid bearer token")
@ProblemResponse(responseCode = "403", description = "The token lacks scope webhooks.manage")
@ProblemResponse(responseCode = "404", description = "A body this client does not act for, or not one of its endpoints")
class EndpointController {

    private final ManageEndpoints manageEndpoints;
    private final Endpoints endpoints;

    EndpointController(ManageEndpoints manageEndpoints, Endpoints endpoints) {
        this.manageEndpoints = manageEndpoints;
        this.endpoints = endpoints;
    }

    @PostMapping
    @Operation(
            summary = "Register an endpoint; the response carries its signing secret, shown this once only",
            description = "The URL must be https, without credentials or a fragment, at most 2,048 characters, and"
                    + " resolve only to public addresses (loopback, private, link-local and similar are refused unless"
                    + " an operator allow-lists them). eventTypes from: case.routed. description at most 500"
                    + " characters; rateLimitPerSecond 1 to 1000. Request body at most 16 KiB."
                    + " Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "201", description = "Registered, ACTIVE; keep the secret, it is not shown again")
    @ProblemResponse(responseCode = "413", description = "The request body is over 16 KiB")
    ResponseEntity<Registered> register(
            @PathVariable String body, @RequestBody Registration request, @AuthenticationPrincipal Jwt token) {
        String owner = Bodies.own(body, token).name();
        ManageEndpoints.WithSecret registered = manageEndpoints.register(
                owner, request.url(), request.eventTypes(), request.description(), request.rateLimitPerSecond());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{endpointId}")
                        .buildAndExpand(registered.endpoint().id())
                        .toUri())
                .cacheControl(CacheControl.noStore())
                .body(new Registered(
                        EndpointResponse.of(registered.endpoint()),
                        registered.secret().encoded()));
    }

    @GetMapping
    @Operation(
            summary = "The body's endpoints, oldest first, without secrets",
            description = "Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "200", description = "The body's endpoints")
    Listing list(@PathVariable String body, @AuthenticationPrincipal Jwt token) {
        String owner = Bodies.own(body, token).name();
        return new Listing(
                endpoints.ownedBy(owner).stream().map(EndpointResponse::of).toList());
    }

    @GetMapping("/{endpointId}")
    @Operation(
            summary = "One of the body's endpoints, without its secret",
            description = "Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "200", description = "The endpoint")
    EndpointResponse read(
            @PathVariable String body, @PathVariable UUID endpointId, @AuthenticationPrincipal Jwt token) {
        String owner = Bodies.own(body, token).name();
        return endpoints
                .find(owner, endpointId)
                .map(EndpointResponse::of)
                .orElseThrow(() -> new UnknownEndpointException(owner, endpointId));
    }

    @PostMapping("/{endpointId}/pause")
    @Operation(
            summary = "Stop sending to the endpoint until it is resumed",
            description = "Its messages wait, without using up their retries. Pausing a paused endpoint changes"
                    + " nothing. Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "200", description = "The endpoint, PAUSED")
    @ProblemResponse(responseCode = "409", description = "The endpoint is DISABLED: resume it first")
    EndpointResponse pause(
            @PathVariable String body, @PathVariable UUID endpointId, @AuthenticationPrincipal Jwt token) {
        return EndpointResponse.of(manageEndpoints.pause(Bodies.own(body, token).name(), endpointId));
    }

    @PostMapping("/{endpointId}/resume")
    @Operation(
            summary = "Send to a paused or disabled endpoint again",
            description = "ACTIVE again, its run of failures forgotten. Resuming an active endpoint changes"
                    + " nothing. Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "200", description = "The endpoint, ACTIVE")
    EndpointResponse resume(
            @PathVariable String body, @PathVariable UUID endpointId, @AuthenticationPrincipal Jwt token) {
        return EndpointResponse.of(
                manageEndpoints.resume(Bodies.own(body, token).name(), endpointId));
    }

    @PostMapping("/{endpointId}/secret/rotation")
    @Operation(
            summary = "Rotate the signing secret; the response carries the new one, shown this once only",
            description = "The old secret keeps signing for gracePeriodHours (0 to 72, 24 when absent), so each"
                    + " webhook-signature header carries both signatures meanwhile. Needs scope webhooks.manage.")
    @ApiResponse(responseCode = "201", description = "The new current secret")
    ResponseEntity<Rotated> rotate(
            @PathVariable String body,
            @PathVariable UUID endpointId,
            @RequestBody(required = false) @Nullable Rotation request,
            @AuthenticationPrincipal Jwt token) {
        String owner = Bodies.own(body, token).name();
        Integer hours = request == null ? null : request.gracePeriodHours();
        ManageEndpoints.WithSecret rotated = manageEndpoints.rotateSecret(owner, endpointId, hours);
        int grace = hours == null ? ManageEndpoints.DEFAULT_GRACE_HOURS : hours;
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new Rotated(endpointId, rotated.secret().encoded(), grace));
    }

    /**
     * An endpoint to register.
     *
     * @param url the https URL webhooks are posted to
     * @param eventTypes the event types to receive: case.routed
     * @param description what it is for, at most 500 characters
     * @param rateLimitPerSecond at most this many requests a second, 1 to 1000; no limit when absent
     */
    record Registration(
            @Nullable String url,
            @Nullable List<String> eventTypes,
            @Nullable String description,
            @Nullable Integer rateLimitPerSecond) {}

    /**
     * A rotation of the signing secret.
     *
     * @param gracePeriodHours how long the old secret keeps signing, 0 to 72; 24 when absent
     */
    record Rotation(@Nullable Integer gracePeriodHours) {}

    /**
     * A registered endpoint and its signing secret.
     *
     * @param endpoint the endpoint
     * @param secret the signing secret, {@code whsec_} and base64; shown this once only
     */
    record Registered(EndpointResponse endpoint, String secret) {}

    /**
     * A rotated signing secret.
     *
     * @param endpointId the endpoint
     * @param secret the new current secret; shown this once only
     * @param previousSecretSignsForHours how long the secret it replaces keeps signing alongside it
     */
    record Rotated(UUID endpointId, String secret, int previousSecretSignsForHours) {}

    /** Wrapped rather than a bare array, so paging can be added without breaking clients. */
    record Listing(List<EndpointResponse> endpoints) {}

    @ExceptionHandler
    ProblemDetail invalid(InvalidEndpointException e) {
        return InvalidParameters.problem(
                "The endpoint is not valid",
                e.problems().stream()
                        .map(problem -> Map.entry(problem.field(), problem.message()))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownEndpointException e) {
        ProblemDetail problem = detail(HttpStatus.NOT_FOUND, "No such endpoint", e.getMessage());
        problem.setProperty("endpointId", e.endpointId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(EndpointStatusConflictException e) {
        return detail(HttpStatus.CONFLICT, "The endpoint cannot change like that", e.getMessage());
    }
}
