package org.candour.authorisation;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The authorisation server's settings, under {@code candour.authorisation}.
 *
 * @param issuer the issuer named in every token, which resource servers check: this server's own URL
 * @param clientSecretKey the key each development client's secret is derived from (HMAC-SHA256 of the
 *     client id); the local stack makes it on first start and keeps it in {@code .candour/secrets/}
 * @param credentialsFile where to write each client's id and secret for developers (owner-only), if set
 * @param tokenLifetime how long an access token is good for
 */
@Validated
@ConfigurationProperties("candour.authorisation")
public record AuthorisationProperties(
        @DefaultValue("http://127.0.0.1:9000") @NotBlank String issuer,
        @NotBlank String clientSecretKey,
        @Nullable Path credentialsFile,
        @DefaultValue("5m") Duration tokenLifetime) {}
