package org.candour.intake.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingTeamTokensTest {

    private static final String CURRENT = "c3VwZXItc2VjcmV0LWN1cnJlbnQtdG9rZW4tMDAwMDA=";
    private static final String PREVIOUS = "c3VwZXItc2VjcmV0LXByZXZpb3VzLXRva2VuLTAwMDA=";

    private final HandlingTeamTokens tokens = new HandlingTeamTokens(List.of(CURRENT, PREVIOUS));

    @Test
    void acceptsEachConfiguredTokenAsABearerToken() {
        assertThat(tokens.accept("Bearer " + CURRENT)).isTrue();
        assertThat(tokens.accept("bearer " + PREVIOUS)).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(tokens.accept(null)).isFalse();
        assertThat(tokens.accept("")).isFalse();
        assertThat(tokens.accept(CURRENT)).as("no scheme").isFalse();
        assertThat(tokens.accept("Basic " + CURRENT)).isFalse();
        assertThat(tokens.accept("Bearer ")).isFalse();
        assertThat(tokens.accept("Bearer " + CURRENT.substring(1))).isFalse();
        assertThat(tokens.accept("Bearer " + CURRENT + "x")).isFalse();
    }

    @Test
    void withNoTokensConfiguredNobodyGetsIn() {
        HandlingTeamTokens none = new HandlingTeamTokens(List.of());

        assertThat(none.accept("Bearer " + CURRENT)).isFalse();
        assertThat(none.accept("Bearer ")).isFalse();
    }
}
