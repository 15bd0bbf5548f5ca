package org.candour.intake.concern.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.candour.intake.IntakeProperties;
import org.candour.intake.PerKeyRateLimit;
import org.candour.intake.RateLimitWindows;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits how many concerns one client address may raise per minute, so that a flood cannot bury
 * real concerns or exhaust the database. A refused request gets 429 with a problem body (a page for
 * the form) and {@code Retry-After}, and nothing is stored. The count is shared by every replica.
 */
@Component
class ClientRateLimit extends OncePerRequestFilter {

    /** The form's "Send your concern", which raises a concern as the API does and shares its limit. */
    static final String FORM_SEND = "/concern/check";

    private final PerKeyRateLimit limits;
    private final int requestsPerMinute;
    private final JsonMapper json;

    ClientRateLimit(IntakeProperties properties, RateLimitWindows windows, JsonMapper json) {
        this.requestsPerMinute = properties.rateLimit().requestsPerMinute();
        this.limits = windows.limit("intake-client", requestsPerMinute);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getRequestURI().startsWith("/api/")
                        || request.getRequestURI().equals(FORM_SEND)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limits.take(request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfterSeconds = Math.max(1, wait.get().toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        if (!request.getRequestURI().startsWith("/api/")) {
            // A person at the form gets a page (templates/error/429.html); their answers stay in the session.
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "More than " + requestsPerMinute + " concerns a minute came from your address. Wait "
                        + retryAfterSeconds + " seconds and send this one again; the ones already accepted are safe.");
        problem.setTitle("Too many concerns at once");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
