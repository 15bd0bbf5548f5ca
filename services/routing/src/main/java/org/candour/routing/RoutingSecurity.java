package org.candour.routing;

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
 * Who may use which door. The ICB case feed and the policy dry run take OAuth2 bearer tokens (JWTs
 * signed by the authorisation server at {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}):
 * reading needs scope {@code cases.read}, acknowledging {@code cases.acknowledge}, trying a policy
 * {@code policy.dry-run}; which ICB's cases a client sees is the feed's own check of the token's ICB
 * claim. The timeline, health and the API description
 * stay as open as before.
 */
@Configuration(proxyBeanMethods = false)
class RoutingSecurity {

    static final String READ = "SCOPE_cases.read";
    static final String ACKNOWLEDGE = "SCOPE_cases.acknowledge";
    static final String DRY_RUN = "SCOPE_policy.dry-run";

    /** Machine clients send a token with every request and no cookies, so there is no session to forge. */
    @Bean
    @Order(1)
    SecurityFilterChain machineClientSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        return http.securityMatcher("/api/v1/icbs/**", "/api/v1/routing-policy/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/routing-policy/dry-runs")
                                .hasAuthority(DRY_RUN)
                                .requestMatchers(HttpMethod.GET, "/api/v1/icbs/**")
                                .hasAuthority(READ)
                                .requestMatchers(HttpMethod.POST, "/api/v1/icbs/*/cases/*/acknowledgement")
                                .hasAuthority(ACKNOWLEDGE)
                                .anyRequest()
                                .denyAll())
                .oauth2ResourceServer(
                        resourceServer -> resourceServer
                                .jwt(Customizer.withDefaults())
                                .authenticationEntryPoint(
                                        BearerTokenProblems.authenticationEntryPoint(
                                                json,
                                                "Send an OAuth2 access token for your organisation's client: Authorization: Bearer <token>."))
                                .accessDeniedHandler(
                                        BearerTokenProblems.accessDeniedHandler(
                                                json,
                                                "This client's token lacks the scope this needs: cases.read to read an ICB's cases,"
                                                        + " cases.acknowledge to acknowledge them, policy.dry-run to try a routing policy.")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Everything else is as it was before the feed: read-only and open. */
    @Bean
    @Order(2)
    SecurityFilterChain openSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
