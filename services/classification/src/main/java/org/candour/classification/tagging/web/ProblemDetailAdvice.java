package org.candour.classification.tagging.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.classification.triage.ConcernNotFoundException;
import org.candour.classification.triage.InvalidReviewException;
import org.candour.classification.triage.StaleRevisionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/** Errors of the HTTP API as RFC 9457 problem details; the pages show their own. */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailAdvice {

    @ExceptionHandler
    ProblemDetail notClassified(ConcernNotClassifiedException e) {
        return notClassified(e.concernId());
    }

    @ExceptionHandler
    ProblemDetail notClassified(ConcernNotFoundException e) {
        return notClassified(e.concernId());
    }

    private static ProblemDetail notClassified(UUID concernId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No classification for concern " + concernId + ": it is unknown or not classified yet.");
        problem.setTitle("Concern not classified");
        problem.setProperty("concernId", concernId.toString());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformed(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "'" + e.getName() + "' must be a UUID, e.g. 7b0c3c55-2f43-4a8e-9d8b-3f5f0f2f6a11.");
        problem.setTitle("Malformed request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field =
                e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                        ? json.getPath().stream()
                                .map(reference -> reference.getPropertyName() != null
                                        ? reference.getPropertyName()
                                        : "[" + reference.getIndex() + "]")
                                .collect(Collectors.joining("."))
                                .replace(".[", "[")
                        : null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                field == null
                        ? "The body must be a JSON object as the API describes."
                        : "'" + field + "' is not a value the API accepts; see the API description for the values"
                                + " allowed.");
        problem.setTitle("Malformed request");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "Use one of the values allowed")));
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidReview(InvalidReviewException e) {
        boolean rulesOnly = e.onlyBreaksRules();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                rulesOnly ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST,
                rulesOnly
                        ? "The classification stated breaks a rule of classification; nothing was changed."
                        : "The review is incomplete or malformed; nothing was changed.");
        problem.setTitle(rulesOnly ? "Review breaks a classification rule" : "Invalid review");
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail staleRevision(StaleRevisionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Someone else reviewed concern " + e.concernId() + " first: revision " + e.currentRevision()
                        + " is current, not " + e.basedOnRevision()
                        + ". Read the current classification and review it again; nothing was changed.");
        problem.setTitle("Classification reviewed by someone else");
        problem.setProperty("concernId", e.concernId().toString());
        problem.setProperty("currentRevision", e.currentRevision());
        return problem;
    }
}
