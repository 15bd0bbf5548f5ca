package org.candour.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

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

    /**
     * Answers with the problem, titled by the status's reason phrase, from where no controller advice reaches,
     * such as a security filter's entry point or access-denied handler.
     */
    public static void answer(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        write(response, json, status, detail);
    }

    /**
     * Writes the problem as the body of a response whose status is already set: by Spring Security's own
     * handler, which also sets the headers it needs ({@link BearerTokenProblems}).
     */
    static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), detail(status, status.getReasonPhrase(), detail));
    }
}
