package org.candour.classification.tagging.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the HTTP API as RFC 9457 problem details. */
@RestControllerAdvice
class ProblemDetailAdvice {

    @ExceptionHandler
    ProblemDetail notClassified(ConcernNotClassifiedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No classification for concern " + e.concernId() + ": it is unknown or not classified yet.");
        problem.setTitle("Concern not classified");
        problem.setProperty("concernId", e.concernId().toString());
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
}
