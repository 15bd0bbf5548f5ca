package org.candour.delivery.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Delivery's 400 naming each field that is wrong in an {@code errors} member of {@code parameter} and
 * {@code detail}. Routing names its errors {@code field} and {@code message}, so this stays delivery's.
 */
public final class InvalidParameters {

    private InvalidParameters() {}

    /**
     * The 400, its detail every error in one line.
     *
     * @param errors field name to what is wrong with it, in the order found
     */
    public static ProblemDetail problem(String title, List<Map.Entry<String, String>> errors) {
        ProblemDetail problem = Problems.detail(
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
