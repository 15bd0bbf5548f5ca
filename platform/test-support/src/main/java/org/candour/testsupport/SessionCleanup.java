package org.candour.testsupport;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What intake's and classification's {@code ExpiredSessionsIT} check of Spring Session's cleanup job over
 * their session tables (ADR 0026, ADR 0027), each service with its own session repository and attribute.
 */
public final class SessionCleanup {

    private SessionCleanup() {}

    /**
     * A session idle past the timeout is deleted by the cleanup with its attribute; one used a minute short
     * of the timeout is kept, and still opens.
     *
     * @param store the JDBC store whose cleanup runs
     * @param sessions the service's repository over it, which the browser's ids open
     * @param attribute the attribute each session is stored with
     */
    public static <S extends Session> void deletesIdleAndKeepsLive(
            JdbcClient jdbc,
            JdbcIndexedSessionRepository store,
            SessionRepository<S> sessions,
            Duration timeout,
            String attribute) {
        String idle = saved(sessions, attribute, Instant.now().minus(timeout).minusSeconds(1));
        String live = saved(sessions, attribute, Instant.now().minus(timeout.minusMinutes(1)));
        String idleRow = primaryIdOf(jdbc, idle);
        String liveRow = primaryIdOf(jdbc, live);
        assertThat(attributes(jdbc, idleRow)).as("stored until the cleanup").isEqualTo(1);

        store.cleanUpExpiredSessions();

        assertThat(rows(jdbc, idle)).isZero();
        assertThat(attributes(jdbc, idleRow))
                .as("its attributes deleted with it")
                .isZero();
        assertThat(rows(jdbc, live)).isEqualTo(1);
        assertThat(attributes(jdbc, liveRow)).isEqualTo(1);
        S kept = sessions.findById(live);
        assertThat(kept).isNotNull();
        assertThat(kept.<String>getAttribute(attribute))
                .as("a minute short of the timeout")
                .isEqualTo(live);
    }

    /** The store's cleanup is scheduled on the cron given, its next run due at the cron's next time. */
    public static void scheduledOn(JdbcIndexedSessionRepository store, String cron) {
        assertThat(ReflectionTestUtils.getField(store, "cleanupCron")).isEqualTo(cron);
        ThreadPoolTaskScheduler scheduler =
                (ThreadPoolTaskScheduler) ReflectionTestUtils.getField(store, "taskScheduler");
        assertThat(scheduler).as("started when the repository was initialised").isNotNull();

        // Retried in case the job fires between reading its delay and computing the next run.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(scheduler.getScheduledThreadPoolExecutor().getQueue())
                    .singleElement()
                    .satisfies(next -> {
                        long delay = ((ScheduledFuture<?>) next).getDelay(TimeUnit.MILLISECONDS);
                        LocalDateTime now = LocalDateTime.now();
                        long expected = Duration.between(
                                        now, CronExpression.parse(cron).next(now))
                                .toMillis();
                        assertThat(delay)
                                .as("due at the cron's next time")
                                .isBetween(expected - 1_000, expected + 1_000);
                    });
        });
    }

    /** Stores a session with the attribute, whose value is its own id, last used at the time given. */
    private static <S extends Session> String saved(SessionRepository<S> sessions, String attribute, Instant lastUsed) {
        S session = sessions.createSession();
        session.setAttribute(attribute, session.getId());
        session.setLastAccessedTime(lastUsed);
        sessions.save(session);
        return session.getId();
    }
}
