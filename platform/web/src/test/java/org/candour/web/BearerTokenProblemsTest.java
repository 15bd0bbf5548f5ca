package org.candour.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BearerTokenProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRefusalKeepsSpringSecuritysChallengeAndTellsTheClientInTheServicesOwnWords() throws Exception {
        MockHttpServletResponse noToken = new MockHttpServletResponse();
        MockHttpServletResponse noScope = new MockHttpServletResponse();

        BearerTokenProblems.authenticationEntryPoint(JSON, "Send a token: Authorization: Bearer <token>.")
                .commence(new MockHttpServletRequest(), noToken, new InsufficientAuthenticationException("none"));
        BearerTokenProblems.accessDeniedHandler(JSON, "This client's token lacks cases.read.")
                .handle(new MockHttpServletRequest(), noScope, new AccessDeniedException("denied"));

        assertChallengedProblem(noToken, 401, "Unauthorized", "Send a token: Authorization: Bearer <token>.");
        assertChallengedProblem(noScope, 403, "Forbidden", "This client's token lacks cases.read.");
    }

    /** Spring Security's status and challenge, then the problem body. */
    private static void assertChallengedProblem(
            MockHttpServletResponse response, int status, String title, String detail) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }
}
