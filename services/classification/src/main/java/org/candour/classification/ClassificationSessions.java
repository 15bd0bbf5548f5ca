package org.candour.classification;

import java.time.Duration;
import javax.sql.DataSource;
import org.candour.sessions.DigestedJdbcSessions;
import org.candour.sessions.DigestedSessionIds;
import org.candour.sessions.DigestedSessionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The triage pages' HTTP session, in classification's PostgreSQL so that any replica serves a signed-in
 * reviewer (ADR 0026), and known to the table only by the SHA-256 digest of the cookie's id, so that a
 * copy of the table gives no cookie that is signed in as a reviewer ({@link DigestedSessionRepository},
 * shared with intake, ADR 0027). Being our own session repository, it replaces Spring Boot's JDBC session
 * configuration (which backs off when an application has one), so its settings are made here: the
 * timeout is {@code server.servlet.session.timeout}, the cleanup keeps Boot's cron, and Boot's schema
 * initialiser is gone with it (the tables come from Flyway alone, {@code V5__spring_session.sql}). The
 * cookie still follows {@code server.servlet.session.cookie} ({@code SameSite=Lax} as intake's).
 * Attributes are stored as Spring Session serialises them, unsealed: the session holds the reviewer's
 * security context (credentials erased), a CSRF token, the page to return to after signing in and a
 * revision number to announce, never a reporter's identity nor a concern's text.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class ClassificationSessions {

    /**
     * Deletes the sessions idle for longer than the timeout, every minute, as Spring Boot's default was;
     * each replica runs it, and a second delete finds nothing. Reading an expired session deletes it too.
     */
    static final String CLEANUP_CRON = "0 * * * * *";

    @Bean
    DigestedSessionIds sessionIds() {
        return new DigestedSessionIds();
    }

    @Bean
    JdbcIndexedSessionRepository jdbcSessions(
            DataSource dataSource,
            DigestedSessionIds sessionIds,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        // Its ids are the digests of the browsers' ids, handed to it by the repository below.
        JdbcIndexedSessionRepository sessions =
                DigestedJdbcSessions.store(dataSource, sessionIds, timeout, CLEANUP_CRON);
        sessions.setConversionService(withApplicationClassLoader());
        return sessions;
    }

    @Bean
    @Primary
    DigestedSessionRepository sessions(JdbcIndexedSessionRepository jdbcSessions, DigestedSessionIds sessionIds) {
        return new DigestedSessionRepository(jdbcSessions, sessionIds);
    }

    /** Attributes read with the application's class loader, as Spring Session's own configuration does. */
    private static GenericConversionService withApplicationClassLoader() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(
                byte[].class, Object.class, new DeserializingConverter(ClassificationSessions.class.getClassLoader()));
        return conversion;
    }
}
