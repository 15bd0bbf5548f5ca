package org.candour.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused bearer token answered as an RFC 9457 problem. Spring Security's own handler answers first, with
 * the status and the {@code WWW-Authenticate} challenge of RFC 6750; the problem body then tells the client,
 * in the service's own words, what to send.
 */
public final class BearerTokenProblems {

    private BearerTokenProblems() {}

    /** 401, for a request with no token or one that is forged, expired or from another issuer. */
    public static AuthenticationEntryPoint authenticationEntryPoint(JsonMapper json, String detail) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            challenge.commence(request, response, e);
            write(response, json, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    /** 403, for a valid token that lacks the scope the request needs. */
    public static AccessDeniedHandler accessDeniedHandler(JsonMapper json, String detail) {
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            denied.handle(request, response, e);
            write(response, json, HttpStatus.FORBIDDEN, detail);
        };
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
