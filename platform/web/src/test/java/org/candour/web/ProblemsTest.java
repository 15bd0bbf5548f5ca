package org.candour.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aProblemThrownFromAControllerCarriesItsStatusTitleAndDetail() {
        ErrorResponseException thrown =
                Problems.problem(HttpStatus.NOT_FOUND, "No such case", "There is no case 42 for CQC.");

        assertThat(thrown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(thrown.getBody().getStatus()).isEqualTo(404);
        assertThat(thrown.getBody().getTitle()).isEqualTo("No such case");
        assertThat(thrown.getBody().getDetail()).isEqualTo("There is no case 42 for CQC.");
    }

    @Test
    void anAnswerFromOutsideTheControllersSetsTheStatusAndKeepsTheHeadersAlreadySet() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("WWW-Authenticate", "Basic realm=\"Candour classification\"");

        Problems.answer(response, JSON, HttpStatus.UNAUTHORIZED, "Sign in as a reviewer (HTTP Basic).");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Candour classification\"");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asString()).isEqualTo("Sign in as a reviewer (HTTP Basic).");
    }
}
