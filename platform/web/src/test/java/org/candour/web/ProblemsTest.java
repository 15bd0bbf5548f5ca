package org.candour.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class ProblemsTest {

    @Test
    void aProblemThrownFromAControllerCarriesItsStatusTitleAndDetail() {
        ErrorResponseException thrown =
                Problems.problem(HttpStatus.NOT_FOUND, "No such case", "There is no case 42 for CQC.");

        assertThat(thrown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(thrown.getBody().getStatus()).isEqualTo(404);
        assertThat(thrown.getBody().getTitle()).isEqualTo("No such case");
        assertThat(thrown.getBody().getDetail()).isEqualTo("There is no case 42 for CQC.");
    }
}
