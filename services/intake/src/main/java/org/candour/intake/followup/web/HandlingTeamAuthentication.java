package org.candour.intake.followup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets only the handling team into the questions API. It decides by the handler Spring MVC chose,
 * not by matching the path again, so that no spelling of the path can reach the API around it, and
 * it runs before the request body is read.
 */
@Configuration(proxyBeanMethods = false)
class HandlingTeamAuthentication implements WebMvcConfigurer {

    private final HandlingTeamTokens tokens;
    private final JsonMapper json;

    HandlingTeamAuthentication(HandlingTeamTokens tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (!(handler instanceof HandlerMethod method
                        && QuestionController.class.isAssignableFrom(method.getBeanType()))) {
                    return true;
                }
                String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (tokens.accept(authorization)) {
                    return true;
                }
                refuse(response, authorization != null);
                return false;
            }
        });
    }

    private void refuse(HttpServletResponse response, boolean presented) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                presented
                        ? "The token is not one of the handling team's. Check it, or ask for a current one."
                        : "Only the team handling concerns may use this API. Send its token as"
                                + " 'Authorization: Bearer <token>'.");
        problem.setTitle("Handling team token needed");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                presented
                        ? "Bearer realm=\"candour-intake\", error=\"invalid_token\""
                        : "Bearer realm=\"candour-intake\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
