package org.candour.intake.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives browsers an NHS-styled error page (templates/error/*.html) for Spring MVC's own errors, such
 * as a page that does not exist or a method it does not take, instead of the API's JSON problems.
 * It runs before the API's exception handler and leaves alone requests to /api/ and requests that
 * do not ask for HTML.
 */
@Component
class FormErrorPages implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        if (!(exception instanceof ErrorResponse error) || !wantsPage(request)) {
            return null;
        }
        try {
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.sendError(error.getStatusCode().value());
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        try {
            return accept != null
                    && MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(type -> type.getType().equals("text")
                                    && type.getSubtype().equals("html"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** After Spring Boot's error attributes, which record the exception; before everything else. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
