package org.candour.routing.change;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.candour.web.Problems.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.candour.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

@RestController
@Tag(name = "Routing policy", description = "Trying a candidate routing policy before it is switched on")
@SecurityRequirement(name = "machine-client")
class PolicyDryRunController {

    /** Far above any real policy (the shipped one is about 30 KB), far below what could hurt. */
    static final int MAX_POLICY_BYTES = 1_000_000;

    private final PolicyDryRun dryRun;

    PolicyDryRunController(PolicyDryRun dryRun) {
        this.dryRun = dryRun;
    }

    @PostMapping(path = "/api/v1/routing-policy/dry-runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "What a candidate routing policy would change, before it is switched on",
            description = "The body is a routing policy file. It is checked as a running service would check it, then"
                    + " run over every concern routing holds, as last classified; the report lists each concern"
                    + " that would gain or lose a body, with the candidate's reasons for a body gained and the"
                    + " case's reasons for one lost. Nothing is opened, withdrawn or announced."
                    + " Needs scope policy.dry-run.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ProblemResponse(responseCode = "413", description = "The body is larger than any policy could be")
    @ProblemResponse(
            responseCode = "422",
            description = "Not a valid routing policy: the entry and line that break a rule")
    DryRunReport dryRun(@RequestBody String candidate) {
        byte[] bytes = candidate.getBytes(UTF_8);
        if (bytes.length > MAX_POLICY_BYTES) {
            throw problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Too large for a routing policy",
                    "A routing policy is at most " + MAX_POLICY_BYTES + " bytes; this is " + bytes.length + ".");
        }
        RoutingPolicy policy;
        try {
            policy = RoutingPolicyFile.read(new ByteArrayInputStream(bytes));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The candidate routing policy is not valid",
                    e.getMessage() == null ? "The policy file is incomplete." : e.getMessage());
        }
        return dryRun.run(policy);
    }
}
