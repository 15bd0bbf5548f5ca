package org.candour.classification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The triage pages' HTTP session, in classification's PostgreSQL so that any replica serves a signed-in
 * reviewer (ADR 0026). Spring Boot configures Spring Session JDBC (timeout and cookie, {@code SameSite=Lax}
 * as intake's, from {@code server.servlet.session}; expired sessions deleted every minute by the repository's
 * own cleanup job); this adds only what it leaves out. Attributes are stored unsealed: the
 * session holds the reviewer's security context (credentials erased), a CSRF token, the page to return
 * to after signing in and a revision number to announce, never a reporter's identity nor a concern's
 * text.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationSessions {

    /** Two replicas answering one browser at once may both write an attribute: insert or update. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer insertOrUpdateSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
