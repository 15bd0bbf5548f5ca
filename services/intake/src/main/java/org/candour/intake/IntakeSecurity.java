package org.candour.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What every response of intake carries, and what every request must bring. Raising a concern needs
 * no account, by design: staff must be able to speak up without signing in. The browser headers
 * keep pages from being framed, sniffed or leaking where the reporter came from.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecurity {

    /**
     * Only this service's own scripts, styles and forms; no framing, no plugins. The one outside
     * source is the NHS font (Frutiger), which its licence lets NHS services load only from NHS
     * England's asset server; where that is unreachable, pages fall back to Arial.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self' https://assets.nhs.uk; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; object-src 'none'";

    @Bean
    SecurityFilterChain intakeSecurityFilterChain(HttpSecurity http) throws Exception {
        // A form sent with a missing or stale CSRF token gets a page saying so, and nothing is stored.
        AccessDeniedHandlerImpl sessionEnded = new AccessDeniedHandlerImpl();
        sessionEnded.setErrorPage("/session-ended");
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // API clients send no cookies, so there is no session to forge; the form keeps CSRF tokens.
                .csrf(csrf -> csrf.ignoringRequestMatchers(api).csrfTokenRequestHandler(new MaskedCsrfTokenHandler()))
                .exceptionHandling(exceptions ->
                        exceptions.defaultAccessDeniedHandlerFor(sessionEnded, request -> !api.matches(request)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
