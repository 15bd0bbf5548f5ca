package org.candour.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.candour.sessions.DigestedSessionRepository;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.SessionCleanup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Triage sessions idle past the timeout are deleted by Spring Session's cleanup job, attributes and all, and
 * the job runs on Spring Boot's default cron, every minute (ADR 0026): without it a reviewer who closed
 * the tab would leave their username, client address and security context in the table until someone came back
 * with the cookie. On the real PostgreSQL.
 */
@SpringBootTest
@DirtiesContext
class ExpiredSessionsIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();

    /** Spring Boot's default, which classification keeps though it configures the store itself. */
    private static final String EVERY_MINUTE = "0 * * * * *";

    @Autowired
    JdbcIndexedSessionRepository jdbcSessions;

    @Autowired
    DigestedSessionRepository sessions;

    @Autowired
    JdbcClient jdbc;

    @Value("${server.servlet.session.timeout}")
    Duration timeout;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("classification_expired_sessions_it", registry);
        Reviewers.register(registry);
    }

    @Test
    void theCleanupDeletesASessionIdlePastTheTimeoutWithItsAttributesAndKeepsALiveOne() {
        SessionCleanup.deletesIdleAndKeepsLive(jdbc, jdbcSessions, sessions, timeout, "return-to");
    }

    @Test
    void theCleanupIsScheduledOnItsCronInTheRunningService(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(JdbcIndexedSessionRepository.class))
                .as("one session store, so one cleanup")
                .hasSize(1);
        assertThat(ClassificationSessions.CLEANUP_CRON).isEqualTo(EVERY_MINUTE);
        SessionCleanup.scheduledOn(jdbcSessions, EVERY_MINUTE);
    }
}
