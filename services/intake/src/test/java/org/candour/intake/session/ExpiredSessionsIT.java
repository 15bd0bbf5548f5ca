package org.candour.intake.session;

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
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

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
        SealedSession kept = sessions.findById(live);
        assertThat(kept).isNotNull();
        assertThat(kept.<String>getAttribute("draft"))
                .as("a minute short of the timeout")
                .isEqualTo(live);
    }

    @Test
    void theCleanupIsScheduledOnItsCronInTheRunningService(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(JdbcIndexedSessionRepository.class))
                .as("one session store, so one cleanup")
                .containsOnlyKeys("jdbcSessions");
        assertThat(ReflectionTestUtils.getField(jdbcSessions, "cleanupCron"))
                .isEqualTo(SessionConfiguration.CLEANUP_CRON);
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
                                        now,
                                        CronExpression.parse(SessionConfiguration.CLEANUP_CRON)
                                                .next(now))
                                .toMillis();
                        assertThat(delay)
                                .as("due at the cron's next time")
                                .isBetween(expected - 1_000, expected + 1_000);
                    });
        });
    }

    /** Stores a session with a sealed attribute, last used at the time given; its value is its own id. */
    private String saved(Instant lastUsed) {
        SealedSession session = sessions.createSession();
        session.setAttribute("draft", session.getId());
        session.setLastAccessedTime(lastUsed);
        sessions.save(session);
        return session.getId();
    }
}
