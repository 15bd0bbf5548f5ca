package org.candour.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problem details for the services' APIs: a status, a title a person can act on, and the detail. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The problem, to throw from a controller. */
    public static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        return new ErrorResponseException(status, detail(status, title, detail), null);
    }
}
