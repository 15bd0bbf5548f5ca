package org.candour.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Stands in for the authorisation server in the tests of a service that takes OAuth2 bearer tokens
 * (routing, delivery): it serves its discovery document and signing keys over HTTP, as the service
 * fetches them, and signs access tokens as the server would, so that the service's real
 * resource-server checks (signature, issuer, expiry, scope) run.
 */
public final class TestIssuer implements AutoCloseable {

    private static final String KEY_ID = "candour-test";

    private final KeyPair signingKey = rsaKey();
    private final HttpServer server;
    private final String issuer;

    public TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/.well-known/openid-configuration", """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/oauth2/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(issuer));
        serve(
                "/jwks",
                new JWKSet(new RSAKey.Builder((RSAPublicKey) signingKey.getPublic())
                                .keyID(KEY_ID)
                                .build())
                        .toString());
        server.start();
    }

    /** The issuer URI the service is to trust ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). */
    public String uri() {
        return issuer;
    }

    /** A token for an ICB's client ({@code icb-<code>}, with the {@code icb} claim), good for five minutes. */
    public String icbToken(String icb, String scope) {
        return token(
                "icb-" + icb, scope, Map.of("icb", icb), Instant.now().plus(Duration.ofMinutes(5)), signingKey, issuer);
    }

    /** A token for a national body's client ({@code body-<code>}, with the {@code body} claim), good for five minutes. */
    public String bodyToken(String body, String scope) {
        return token(
                "body-" + body,
                scope,
                Map.of("body", body),
                Instant.now().plus(Duration.ofMinutes(5)),
                signingKey,
                issuer);
    }

    /** A token for any client, with these extra claims, signed by this issuer's key. */
    public String token(String client, String scope, Map<String, String> claims) {
        return token(client, scope, claims, Instant.now().plus(Duration.ofMinutes(5)), signingKey, issuer);
    }

    /** A token as this issuer would sign it, but expiring when given, or signed by another key or issuer. */
    public String token(
            String client, String scope, Map<String, String> claims, Instant expires, KeyPair key, String issuer) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(client)
                .claim("client_id", client)
                .claim("scope", scope)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public KeyPair signingKey() {
        return signingKey;
    }

    /** A key this issuer does not publish, to forge with. */
    public static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
