package org.candour.classification.triage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.candour.classification.tagging.Classifications;
import org.candour.classification.triage.ClassificationReview;
import org.candour.classification.triage.ConcernNotFoundException;
import org.candour.classification.triage.ProposedReview;
import org.candour.classification.triage.ReviewClassification;
import org.candour.classification.triage.Reviews;
import org.candour.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Triage",
        description = "Concerns waiting for a person, and reviews that confirm or correct a classification")
class TriageController {

    private final Classifications classifications;
    private final Reviews reviews;
    private final ReviewClassification reviewClassification;

    TriageController(Classifications classifications, Reviews reviews, ReviewClassification reviewClassification) {
        this.classifications = classifications;
        this.reviews = reviews;
        this.reviewClassification = reviewClassification;
    }

    @GetMapping("/api/v1/triage")
    @Operation(summary = "Concerns whose current classification needs a person to confirm it, oldest first")
    List<QueuedConcern> queue() {
        return classifications.awaitingTriage().stream().map(QueuedConcern::of).toList();
    }

    @GetMapping("/api/v1/triage/{concernId}")
    @Operation(summary = "A concern's current classification in full, with its reviews so far")
    TriageItem item(@PathVariable UUID concernId) {
        var classification = classifications.find(concernId).orElseThrow(() -> new ConcernNotFoundException(concernId));
        return new TriageItem(classification.current(), reviews.of(concernId));
    }

    @PostMapping("/api/v1/classifications/{concernId}/reviews")
    @Operation(
            summary = "Confirm or correct a concern's classification",
            description = "States the whole classification and why. Makes the next revision, announced as"
                    + " ConcernClassifiedV2, and records who reviewed (the signed-in reviewer), what changed and why."
                    + " 409 when basedOnRevision is no longer current; 400 when a field is missing or malformed;"
                    + " 422 when the classification stated breaks a rule.")
    @ApiResponse(responseCode = "201", description = "Reviewed: the audit row of the revision made")
    @ProblemResponse(
            responseCode = "400",
            description = "A field is missing, malformed or not a value allowed; errors name each")
    @ProblemResponse(responseCode = "401", description = "Not signed in as a reviewer")
    @ProblemResponse(responseCode = "404", description = "The concern has no classification")
    @ProblemResponse(
            responseCode = "409",
            description = "basedOnRevision is no longer current: someone else reviewed first; nothing changed")
    @ProblemResponse(responseCode = "422", description = "The classification stated breaks a rule; errors name each")
    ResponseEntity<ClassificationReview> review(
            @PathVariable UUID concernId, @RequestBody ProposedReview review, Principal reviewer) {
        ClassificationReview reviewed = reviewClassification.review(concernId, review, reviewer.getName());
        return ResponseEntity.created(URI.create("/api/v1/classifications/" + concernId))
                .body(reviewed);
    }

    @GetMapping("/api/v1/classifications/{concernId}/reviews")
    @Operation(summary = "The audit trail of a concern's classification: who reviewed it, when, what changed and why")
    List<ClassificationReview> reviews(@PathVariable UUID concernId) {
        if (classifications.find(concernId).isEmpty()) {
            throw new ConcernNotFoundException(concernId);
        }
        return reviews.of(concernId);
    }
}
