package org.candour.intake.concern.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.candour.intake.concern.Concern;
import org.candour.intake.concern.RaiseConcern;
import org.candour.web.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/concerns")
class ConcernController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final RaiseConcern raiseConcern;

    ConcernController(RaiseConcern raiseConcern) {
        this.raiseConcern = raiseConcern;
    }

    /** Answers 201 only once the concern and its event are committed. */
    @Operation(
            summary = "Raise a concern",
            description = "Stores the concern durably and answers only once it is committed; the concern then flows"
                    + " on to classification and routing, even if the message broker is down at the time.")
    @ApiResponse(
            responseCode = "201",
            description = "Accepted and committed. Location names the concern; the body holds its reference.",
            headers = @Header(name = "Location", description = "/api/v1/concerns/{reference}"))
    @ProblemResponse(
            responseCode = "400",
            description = "An invalid field (named in errors[].field) or a body that is not JSON; nothing was stored")
    @ProblemResponse(
            responseCode = "409",
            description = "Another request with the same Idempotency-Key is being processed; retry it")
    @ProblemResponse(
            responseCode = "413",
            description = "The body is larger than candour.intake.max-request-bytes; nothing was stored")
    @ProblemResponse(responseCode = "415", description = "The body is not application/json; nothing was stored")
    @ProblemResponse(
            responseCode = "422",
            description = "The Idempotency-Key was already used with a different body; nothing was stored")
    @ProblemResponse(
            responseCode = "429",
            description = "More concerns from this client address in a minute than candour.intake.rate-limit allows;"
                    + " Retry-After says when to send again; nothing was stored",
            headers = @Header(name = "Retry-After", description = "seconds to wait"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> raise(
            @Valid @RequestBody RaiseConcernRequest request,
            @Parameter(
                            description =
                                    "Any unique string of 1 to 255 visible ASCII characters. Retrying with the same"
                                            + " key and body returns the first response; the same key with another body is refused"
                                            + " with 422.")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String idempotencyKey) {
        if (idempotencyKey == null) {
            return created(raiseConcern.raise(request.toCommand()));
        }
        if (!IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return created(raiseConcern.raise(request.toCommand(), idempotencyKey));
    }

    private static ResponseEntity<Receipt> created(RaiseConcern.Raised raised) {
        var response = ResponseEntity.created(
                        URI.create("/api/v1/concerns/" + raised.concern().reference()))
                // The receipt code must not rest in any cache between here and the reporter.
                .cacheControl(CacheControl.noStore());
        if (raised.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(Receipt.of(raised.concern(), raised.receiptCode()));
    }

    /** Only what the reference itself may reveal; the follow-up page needs the receipt code. */
    @Operation(summary = "Find a concern by its reference", description = "Says only that it was received, and when.")
    @ApiResponse(responseCode = "200", description = "The concern's receipt")
    @ProblemResponse(responseCode = "404", description = "No concern has this reference")
    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    Receipt find(@PathVariable String reference) {
        return raiseConcern
                .find(reference)
                .map(concern -> Receipt.of(concern, null))
                .orElseThrow(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND,
                            "No concern has the reference " + reference + ". Check the reference you were given.");
                    problem.setTitle("Concern not found");
                    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
                });
    }

    /**
     * What the reporter gets back.
     *
     * @param reference quote this to follow the concern
     * @param concernId the concern's id
     * @param status where the concern is
     * @param raisedAt when it was accepted
     * @param immediateDanger whether the reporter said someone is in danger now
     * @param advice what the reporter should do now, if anything
     * @param receiptCode for an anonymous reporter, when the concern is raised: with the reference,
     *     the only way back to it. Shown once and kept only as a hash; a retry with the same
     *     Idempotency-Key gives a new one and the old one stops working
     */
    record Receipt(
            String reference,
            UUID concernId,
            String status,
            Instant raisedAt,
            boolean immediateDanger,
            String advice,
            @Nullable String receiptCode) {

        static Receipt of(Concern concern, @Nullable String receiptCode) {
            return new Receipt(
                    concern.reference().value(),
                    concern.id(),
                    "RECEIVED",
                    concern.raisedAt(),
                    concern.immediateDanger(),
                    concern.immediateDanger()
                            ? "If someone is in immediate danger, call 999 or act now using your local emergency procedure."
                                    + " Your concern has been received and marked urgent."
                            : "Your concern has been received. Keep this reference to follow it.",
                    receiptCode);
        }

        /** The receipt code stays out of logs. */
        @Override
        public String toString() {
            return "Receipt[reference=" + reference + "]";
        }
    }
}
