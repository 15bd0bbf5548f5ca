package org.candour.intake.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.candour.intake.IntakeProperties;
import org.candour.intake.RateLimitWindows;
import org.candour.intake.identity.IdentityVault;
import org.candour.testsupport.Infrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The sign-in limits as they count: in intake's tables on a real PostgreSQL. */
class SignInAttemptsIT {

    private static final String DATABASE = "intake_sign_in_attempts_it";

    private static JdbcClient jdbc;
    private static RateLimitWindows windows;

    @BeforeAll
    static void database() {
        Infrastructure infrastructure = Infrastructure.shared();
        // Creates the database; no Spring context here to take the properties.
        infrastructure.register(DATABASE, (name, value) -> {});
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                infrastructure.jdbcUrl(DATABASE),
                infrastructure.username(),
                infrastructure.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        windows = new RateLimitWindows(
                jdbc, new IdentityVault(List.of(Map.entry("test", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))));
    }

    @BeforeEach
    void noTriesYet() {
        jdbc.sql("delete from rate_limit_window").update();
    }

    @Test
    void aClientOverItsLimitWaitsWhileOthersGoOn() {
        SignInAttempts attempts = new SignInAttempts(windows, new IntakeProperties.SignInLimit(2, 100));

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000001")).isEmpty();
        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000002")).isEmpty();

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000003"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(attempts.tryFor("10.0.0.2", "QC-2026-000003")).isEmpty();
    }

    @Test
    void aReferenceOverItsLimitWaitsWhoeverTriesItHoweverItIsTyped() {
        SignInAttempts attempts = new SignInAttempts(windows, new IntakeProperties.SignInLimit(100, 2));

        assertThat(attempts.tryFor("10.0.0.1", "QC-2026-000001")).isEmpty();
        assertThat(attempts.tryFor("10.0.0.2", " qc-2026-000001 ")).isEmpty();

        assertThat(attempts.tryFor("10.0.0.3", "Qc-2026-000001")).isPresent();
        assertThat(attempts.tryFor("10.0.0.3", "QC-2026-000002")).isEmpty();
    }
}
