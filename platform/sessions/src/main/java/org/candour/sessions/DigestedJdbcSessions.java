package org.candour.sessions;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC store under a {@link DigestedSessionRepository}, as intake and classification both keep it: in the
 * service's PostgreSQL, every replica reading and writing the same rows. A service that declares its own
 * session repository turns Spring Boot's JDBC session configuration off, so what it would have set is set
 * here; each service adds how its attributes are converted.
 */
public final class DigestedJdbcSessions {

    private DigestedJdbcSessions() {}

    /**
     * A store whose ids are the digests {@code ids} hands it, whose sessions expire after {@code timeout} idle
     * and are deleted by the job at {@code cleanupCron}; two replicas writing one attribute at once insert or
     * update it.
     */
    public static JdbcIndexedSessionRepository store(
            DataSource dataSource, DigestedSessionIds ids, Duration timeout, String cleanupCron) {
        JdbcIndexedSessionRepository store = new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new JdbcTransactionManager(dataSource)));
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(store);
        store.setDefaultMaxInactiveInterval(timeout);
        store.setCleanupCron(cleanupCron);
        store.setSessionIdGenerator(ids);
        return store;
    }
}
