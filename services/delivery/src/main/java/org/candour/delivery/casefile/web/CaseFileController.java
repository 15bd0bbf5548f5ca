package org.candour.delivery.casefile.web;

import static org.candour.web.Problems.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.candour.delivery.casefile.CaseFile;
import org.candour.delivery.casefile.FetchCase;
import org.candour.delivery.web.Bodies;
import org.candour.events.Destination;
import org.candour.web.ProblemResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full case, fetched by the body it was routed to with its own credentials, from the
 * {@code caseUrl} in its webhook. Any other body's case, and an unknown one, is not found alike.
 */
@RestController
@Tag(name = "Case file", description = "The full case as routed to a national body; every fetch is recorded")
@SecurityRequirement(name = "body-client")
class CaseFileController {

    private final FetchCase fetchCase;

    CaseFileController(FetchCase fetchCase) {
        this.fetchCase = fetchCase;
    }

    @GetMapping("/api/v1/bodies/{body}/cases/{caseId}")
    @Operation(
            summary = "The case as routed to the body, with the reporter's description redacted",
            description = "Reasons, quality domains, harm, provider, flags and a summary of the reporter's"
                    + " description with NHS numbers and other identifiers redacted (absent until delivery has read the"
                    + " concern). Never the reporter's identity. Each fetch is recorded with the client."
                    + " Needs scope notifications.read.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ProblemResponse(responseCode = "400", description = "Not a national body's code, or the case id is not a UUID")
    @ProblemResponse(responseCode = "401", description = "No valid bearer token")
    @ProblemResponse(responseCode = "403", description = "The token lacks scope notifications.read")
    @ProblemResponse(
            responseCode = "404",
            description = "A body this client does not act for, or not a case routed to it")
    ResponseEntity<CaseFile> read(
            @PathVariable String body, @PathVariable UUID caseId, @AuthenticationPrincipal Jwt token) {
        Destination owner = Bodies.own(body, token);
        CaseFile file = fetchCase
                .fetch(owner, caseId, Bodies.client(token))
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND, "No such case", "There is no case " + caseId + " for " + body + "."));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(file);
    }
}
