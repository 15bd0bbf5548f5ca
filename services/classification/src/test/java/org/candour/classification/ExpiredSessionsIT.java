package org.candour.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.testsupport.SessionTables.attributes;
import static org.candour.testsupport.SessionTables.primaryIdOf;
import static org.candour.testsupport.SessionTables.rows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.candour.sessions.DigestedSession;
import org.candour.sessions.DigestedSessionRepository;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

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
        String idle = saved(Instant.now().minus(timeout).minusSeconds(1));
        String live = saved(Instant.now().minus(timeout.minusMinutes(1)));
        String idleRow = primaryIdOf(jdbc, idle);
        String liveRow = primaryIdOf(jdbc, live);
        assertThat(attributes(jdbc, idleRow)).as("stored until the cleanup").isEqualTo(1);

        jdbcSessions.cleanUpExpiredSessions();

        assertThat(rows(jdbc, idle)).isZero();
        assertThat(attributes(jdbc, idleRow))
                .as("its attributes deleted with it")
                .isZero();
        assertThat(rows(jdbc, live)).isEqualTo(1);
        assertThat(attributes(jdbc, liveRow)).isEqualTo(1);
        Session kept = sessions.findById(live);
        assertThat(kept).isNotNull();
        assertThat(kept.<String>getAttribute("return-to"))
                .as("a minute short of the timeout")
                .isEqualTo(live);
    }

    @Test
    void theCleanupIsScheduledOnItsCronInTheRunningService(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(JdbcIndexedSessionRepository.class))
                .as("one session store, so one cleanup")
                .hasSize(1);
        assertThat(ClassificationSessions.CLEANUP_CRON).isEqualTo(EVERY_MINUTE);
        assertThat(ReflectionTestUtils.getField(jdbcSessions, "cleanupCron")).isEqualTo(EVERY_MINUTE);
        ThreadPoolTaskScheduler scheduler =
                (ThreadPoolTaskScheduler) ReflectionTestUtils.getField(jdbcSessions, "taskScheduler");
        assertThat(scheduler).as("started when the repository was initialised").isNotNull();

        // Retried in case the job fires between reading its delay and computing the next run.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(scheduler.getScheduledThreadPoolExecutor().getQueue())
                    .singleElement()
                    .satisfies(next -> {
                        long delay = ((ScheduledFuture<?>) next).getDelay(TimeUnit.MILLISECONDS);
                        LocalDateTime now = LocalDateTime.now();
                        long expected = Duration.between(
                                        now, CronExpression.parse(EVERY_MINUTE).next(now))
                                .toMillis();
                        assertThat(delay)
                                .as("due at the cron's next time")
                                .isBetween(expected - 1_000, expected + 1_000);
                    });
        });
    }

    /**
     * Stores a session with an attribute, last used at the time given; its value is its own id. Returns the
     * id as the browser would hold it.
     */
    private String saved(Instant lastUsed) {
        DigestedSession session = sessions.createSession();
        session.setAttribute("return-to", session.getId());
        session.setLastAccessedTime(lastUsed);
        sessions.save(session);
        return session.getId();
    }
}
