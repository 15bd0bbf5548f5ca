package org.candour.classification;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The triage pages' HTTP session, in classification's PostgreSQL so that any replica serves a signed-in
 * reviewer (ADR 0026). Spring Boot configures Spring Session JDBC (timeout and cookie from {@code
 * server.servlet.session}); this adds only what it leaves out. Attributes are stored unsealed: the
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

    /**
     * The container's session cookie had no SameSite attribute; Spring Session's adds {@code Lax} unless
     * told otherwise. Keeping the cookie as it was keeps this change to where the session lives.
     */
    @Bean
    DefaultCookieSerializerCustomizer cookieAsTheContainerWroteIt() {
        return serializer -> serializer.setSameSite(null);
    }
}
