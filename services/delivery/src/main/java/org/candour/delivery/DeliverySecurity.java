package org.candour.delivery;

import org.candour.web.BearerTokenProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may use which door. Everything under {@code /api/v1/bodies/{body}} is for national bodies'
 * machine clients, with OAuth2 bearer tokens (JWTs signed by the authorisation server at
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}): managing endpoints, resending and
 * replaying need scope {@code webhooks.manage}; reading cases, messages, attempts and notices
 * {@code notifications.read}. Which body's things a client sees is each controller's check of the
 * token's {@code body} claim ({@link org.candour.delivery.web.Bodies}). The operators' notification
 * listing, health and the API description stay as open as before.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySecurity {

    static final String MANAGE = "SCOPE_webhooks.manage";
    static final String READ = "SCOPE_notifications.read";

    /** Machine clients send a token with every request and no cookies, so there is no session to forge. */
    @Bean
    @Order(1)
    SecurityFilterChain bodyClientSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        return http.securityMatcher("/api/v1/bodies/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/bodies/*/cases/*",
                                "/api/v1/bodies/*/messages/**",
                                "/api/v1/bodies/*/endpoints/*/messages",
                                "/api/v1/bodies/*/endpoints/*/messages/**",
                                "/api/v1/bodies/*/endpoints/*/notices")
                        .hasAuthority(READ)
                        .requestMatchers(HttpMethod.GET, "/api/v1/bodies/*/endpoints", "/api/v1/bodies/*/endpoints/*")
                        .hasAuthority(MANAGE)
                        .requestMatchers(HttpMethod.POST, "/api/v1/bodies/*/endpoints", "/api/v1/bodies/*/endpoints/**")
                        .hasAuthority(MANAGE)
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(BearerTokenProblems.authenticationEntryPoint(
                                json,
                                "Send an OAuth2 access token for your body's client: Authorization: Bearer <token>."))
                        .accessDeniedHandler(BearerTokenProblems.accessDeniedHandler(
                                json,
                                "This client's token lacks the scope this needs: webhooks.manage to manage endpoints,"
                                        + " resend or replay; notifications.read to read cases, messages and"
                                        + " notices.")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Everything else is as it was before the bodies' API: read-only and open, for operators. */
    @Bean
    @Order(2)
    SecurityFilterChain openSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
