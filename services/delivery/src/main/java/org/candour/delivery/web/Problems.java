package org.candour.delivery.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problem details for delivery's APIs: a status, a title a person can act on, and the detail. */
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

    /**
     * A 400 naming each field that is wrong in an {@code errors} member.
     *
     * @param errors field name to what is wrong with it, in the order found
     */
    public static ProblemDetail invalid(String title, List<Map.Entry<String, String>> errors) {
        ProblemDetail problem = detail(
                HttpStatus.BAD_REQUEST,
                title,
                errors.stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("parameter", e.getKey(), "detail", e.getValue()))
                        .toList());
        return problem;
    }
}
