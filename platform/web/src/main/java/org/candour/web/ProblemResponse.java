package org.candour.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * An error response of an operation, or of every operation of a controller, whose body is an RFC 9457
 * problem: springdoc's {@link ApiResponse} with {@code application/problem+json} content of Spring's
 * {@link ProblemDetail}, so that an operation states only the code and when it is answered.
 *
 * <p>A composed annotation rather than a customizer that adds the content afterwards: springdoc looks up
 * {@code @ApiResponse} as a merged annotation, so it reads this one where and when it read the one written
 * out, and the published documents ({@code docs/api}) stay the same to the byte. A customizer would see
 * such a response already given the operation's own return type, and would add the {@code ProblemDetail}
 * schema to the components later, in another place.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ProblemResponses.class)
@ApiResponse(
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface ProblemResponse {

    /** The HTTP status code, as springdoc's {@link ApiResponse#responseCode()}. */
    @AliasFor(annotation = ApiResponse.class)
    String responseCode();

    /** When the operation answers with this code. */
    @AliasFor(annotation = ApiResponse.class)
    String description();

    /** Headers sent with the problem, such as {@code Retry-After}. */
    @AliasFor(annotation = ApiResponse.class)
    Header[] headers() default {};
}
