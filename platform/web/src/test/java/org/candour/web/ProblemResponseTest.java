package org.candour.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ProblemDetail;

/** Reads the annotations as springdoc does: {@code @ApiResponse} looked up as a merged, repeatable annotation. */
class ProblemResponseTest {

    @Test
    void readsAsAnApiResponseWithAProblemBodyAfterTheOperationsOwnResponse() throws Exception {
        List<ApiResponse> responses = apiResponses(Operations.class.getDeclaredMethod("raise"));

        assertThat(responses).extracting(ApiResponse::responseCode).containsExactly("201", "400", "429");
        assertThat(responses.getFirst().content()).isEmpty();
        assertThat(responses.subList(1, 3)).allSatisfy(ProblemResponseTest::isProblem);
        assertThat(responses.get(1).description()).isEqualTo("An invalid field");
        assertThat(responses.get(1).headers()).isEmpty();
        assertThat(responses.get(2).headers()).extracting(Header::name).containsExactly("Retry-After");
    }

    @Test
    void aSingleProblemResponseIsReadToo() throws Exception {
        List<ApiResponse> responses = apiResponses(Operations.class.getDeclaredMethod("find"));

        assertThat(responses).extracting(ApiResponse::responseCode).containsExactly("200", "404");
        isProblem(responses.get(1));
    }

    @Test
    void onAControllerItDescribesEachOfItsOperations() {
        List<ApiResponse> responses = apiResponses(Operations.class);

        assertThat(responses).extracting(ApiResponse::responseCode).containsExactly("401", "403");
        assertThat(responses).allSatisfy(ProblemResponseTest::isProblem);
    }

    private static List<ApiResponse> apiResponses(AnnotatedElement element) {
        return List.copyOf(AnnotatedElementUtils.findMergedRepeatableAnnotations(element, ApiResponse.class));
    }

    private static void isProblem(ApiResponse response) {
        assertThat(response.content()).singleElement().satisfies(content -> {
            assertThat(content.mediaType()).isEqualTo("application/problem+json");
            assertThat(content.schema().implementation()).isEqualTo(ProblemDetail.class);
        });
    }

    @ProblemResponse(responseCode = "401", description = "No token")
    @ProblemResponse(responseCode = "403", description = "Not this client's")
    private static final class Operations {

        @ApiResponse(responseCode = "201", description = "Raised")
        @ProblemResponse(responseCode = "400", description = "An invalid field")
        @ProblemResponse(
                responseCode = "429",
                description = "Too many",
                headers = @Header(name = "Retry-After", description = "seconds to wait"))
        void raise() {}

        @ApiResponse(responseCode = "200", description = "Found")
        @ProblemResponse(responseCode = "404", description = "Not found")
        void find() {}
    }
}
