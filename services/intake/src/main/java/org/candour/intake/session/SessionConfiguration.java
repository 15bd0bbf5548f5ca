package org.candour.intake.session;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.candour.intake.identity.IdentityVault;
import org.candour.sessions.DigestedJdbcSessions;
import org.candour.sessions.DigestedSessionIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The HTTP session in intake's database (tables from Flyway, {@code V9__spring_session.sql}),
 * sealed. Spring Session JDBC's conversion hook ({@link JdbcIndexedSessionRepository#setConversionService})
 * is handed each value alone, without its session or name, so it cannot bind a value to them; the
 * sealing happens one step earlier, in {@link SealedSession}, and the conversion only passes sealed
 * bytes through and refuses anything else. Being our own session repository, this replaces Spring
 * Boot's JDBC session configuration, so its settings are made here: the timeout is
 * {@code server.servlet.session.timeout}, as it was for the container's sessions, and the cookie
 * still follows {@code server.servlet.session.cookie}. The table's {@code session_id} holds the
 * digest of the cookie's id, never the id ({@link DigestedSessionIds}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    /**
     * Deletes the sessions idle for longer than the timeout, every five minutes at a second past
     * the minute; each replica runs it, and a second delete finds nothing. An expired session is
     * never served in between: reading one deletes it.
     */
    static final String CLEANUP_CRON = "1 */5 * * * *";

    @Bean
    DigestedSessionIds sessionIds() {
        return new DigestedSessionIds();
    }

    @Bean
    JdbcIndexedSessionRepository jdbcSessions(
            DataSource dataSource,
            DigestedSessionIds sessionIds,
            @Value("${server.servlet.session.timeout:60m}") Duration timeout) {
        // Its ids are the digests of the browsers' ids, handed to it by SealedSessionRepository.
        JdbcIndexedSessionRepository sessions =
                DigestedJdbcSessions.store(dataSource, sessionIds, timeout, CLEANUP_CRON);
        // Nobody signs in with an account here; and a principal's name must not sit in clear either.
        sessions.setIndexResolver(session -> Map.of());
        sessions.setConversionService(sealedBytesOnly());
        return sessions;
    }

    @Bean
    @Primary
    SealedSessionRepository sealedSessions(
            JdbcIndexedSessionRepository jdbcSessions, DigestedSessionIds sessionIds, IdentityVault vault) {
        // Its sessions are of a package-private type; it takes back only those it made.
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> store = (SessionRepository) jdbcSessions;
        return new SealedSessionRepository(store, sessionIds, vault, SessionConfiguration.class.getClassLoader());
    }

    private static GenericConversionService sealedBytesOnly() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, value -> {
            if (value instanceof SealedAttribute sealed) {
                return sealed.bytes();
            }
            throw new IllegalArgumentException("Only sealed values may be stored in the session, not a "
                    + value.getClass().getName());
        });
        conversion.addConverter(byte[].class, Object.class, SealedAttribute::new);
        return conversion;
    }
}
