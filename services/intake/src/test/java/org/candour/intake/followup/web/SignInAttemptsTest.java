package org.candour.intake.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.candour.intake.IntakeProperties;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    @Test
    void aClientOverItsLimitWaitsWhileOthersGoOn() {
        SignInAttempts attempts = new SignInAttempts(new IntakeProperties.SignInLimit(2, 100));

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000001")).isEmpty();
        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000002")).isEmpty();

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000003"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(attempts.tryFor("10.0.0.2", "QC-2026-000003")).isEmpty();
    }

    @Test
    void aReferenceOverItsLimitWaitsWhoeverTriesItHoweverItIsTyped() {
        SignInAttempts attempts = new SignInAttempts(new IntakeProperties.SignInLimit(100, 2));

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000001")).isEmpty();
        assertThat(attempts.tryFor("10.0.0.2", " qc-2026-000001 ")).isEmpty();

        assertThat(attempts.tryFor("10.0.0.3", "Qc-2026-000001")).isPresent();
        assertThat(attempts.tryFor("10.0.0.3", "QC-2026-000002")).isEmpty();
    }
}
