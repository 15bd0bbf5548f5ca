package org.candour.authorisation;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.candour.organisations.OrganisationDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Client credentials only: no users, no sign-in pages, no consent. Tokens are JWTs signed with a key
 * made at start (so tokens do not outlive a restart; resource servers fetch the new key by its id).
 */
@Configuration(proxyBeanMethods = false)
class AuthorisationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorisationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Health, for the local stack's readiness check; nothing else. */
    @Bean
    @Order(2)
    SecurityFilterChain healthSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClients(AuthorisationProperties properties) {
        List<Clients.Credentials> clients = Clients.all(OrganisationDirectory.bundled(), properties);
        if (properties.credentialsFile() != null) {
            DevelopmentCredentials.write(properties.credentialsFile(), clients);
        }
        return new InMemoryRegisteredClientRepository(
                clients.stream().map(Clients.Credentials::registered).toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthorisationProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** Names the organisation the client acts for, so a resource server can scope what it sees. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationClaim() {
        return context -> {
            String claim = context.getRegisteredClient().getClientSettings().getSetting(Clients.CLAIM_SETTING);
            String organisation =
                    context.getRegisteredClient().getClientSettings().getSetting(Clients.ORGANISATION_SETTING);
            if (claim != null && organisation != null) {
                context.getClaims().claim(claim, organisation);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() {
        KeyPair pair = rsa();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }
}
