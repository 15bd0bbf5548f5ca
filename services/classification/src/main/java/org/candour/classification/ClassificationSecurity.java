package org.candour.classification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.candour.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read and review classifications. Interim, until sign-in moves to OAuth2 with the routing issue
 * (ADR 0014): reviewers come from configuration, the API takes HTTP Basic and the pages a sign-in form.
 * Only health and the API description are open.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationSecurity {

    static final String REVIEWER = "REVIEWER";

    private static final RedirectStrategy SIGN_IN_REDIRECTS = new DefaultRedirectStrategy();

    /** Only this service's own styles and forms; no scripts at all, no framing, no plugins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    UserDetailsService reviewers(ClassificationProperties properties) {
        List<UserDetails> users = properties.reviewers().stream()
                .map(reviewer -> User.withUsername(reviewer.username())
                        .password(reviewer.passwordHash())
                        .roles(REVIEWER)
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** API clients send credentials with every request and no cookies, so there is no session to forge. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        return headers(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/triage/**", "/api/v1/triage")
                        .hasRole(REVIEWER)
                        .requestMatchers("/api/v1/classifications/**")
                        .hasRole(REVIEWER)
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Candour classification\"");
                    Problems.answer(
                            response,
                            json,
                            HttpStatus.UNAUTHORIZED,
                            "Sign in as a reviewer (HTTP Basic) to use this API.");
                }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
                        Problems.answer(response, json, HttpStatus.FORBIDDEN, "Only reviewers may use this API.")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The pages: a sign-in form, a session, and CSRF tokens on every form. */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurityFilterChain(HttpSecurity http) throws Exception {
        return headers(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/metrics/**",
                                "/actuator/metrics")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/css/**", "/login", "/error")
                        .permitAll()
                        .requestMatchers("/triage", "/triage/**")
                        .hasRole(REVIEWER)
                        .anyRequest()
                        .denyAll())
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/triage", false)
                        .failureHandler(ClassificationSecurity::signInRefused))
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Back to the sign-in page with {@code ?error}, as Spring Security's default handler does, but without
     * keeping the exception in the session: it carries the sign-in attempt, the password typed included,
     * and the session is a database row (ADR 0026). The page tells the error from the parameter alone.
     */
    private static void signInRefused(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        SIGN_IN_REDIRECTS.sendRedirect(request, response, "/login?error");
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    }
}
