package org.candour.intake.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Sessions idle past the timeout are deleted by Spring Session's cleanup job, attributes and all, and the job
 * is scheduled on {@link SessionConfiguration#CLEANUP_CRON}: without it an abandoned form's sealed draft would
 * stay in the table until someone came back with its cookie. On the real PostgreSQL.
 */
@SpringBootTest(
        properties = {
            "candour.intake.identity-keys[0].id=test",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class ExpiredSessionsIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();

    @Autowired
    SealedSessionRepository sessions;

    @Autowired
    JdbcIndexedSessionRepository jdbcSessions;

    @Autowired
    JdbcClient jdbc;

    @Value("${server.servlet.session.timeout}")
    Duration timeout;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_expired_sessions_it", registry);
    }

    @Test
    void theCleanupDeletesASessionIdlePastTheTimeoutWithItsAttributesAndKeepsALiveOne() {
        SessionCleanup.deletesIdleAndKeepsLive(jdbc, jdbcSessions, sessions, timeout, "draft");
    }

    @Test
    void theCleanupIsScheduledOnItsCronInTheRunningService(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(JdbcIndexedSessionRepository.class))
                .as("one session store, so one cleanup")
                .containsOnlyKeys("jdbcSessions");
        SessionCleanup.scheduledOn(jdbcSessions, SessionConfiguration.CLEANUP_CRON);
    }
}
