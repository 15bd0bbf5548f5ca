package org.candour.web;

import org.springframework.http.HttpStatus;
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
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    /** 403, for a valid token that lacks the scope the request needs. */
    public static AccessDeniedHandler accessDeniedHandler(JsonMapper json, String detail) {
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            denied.handle(request, response, e);
            Problems.write(response, json, HttpStatus.FORBIDDEN, detail);
        };
    }
}
