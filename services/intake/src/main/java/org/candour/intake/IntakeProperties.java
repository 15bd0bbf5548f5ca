package org.candour.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Intake's settings, under {@code candour.intake}.
 *
 * @param referencePrefix the letters before the year in a concern's reference
 * @param maxRequestBytes the largest API request body accepted; larger ones get 413
 * @param organisationDirectory a folder with newer {@code icbs.csv} and {@code trust-icb.csv} than
 *     the bundled ones, or instead an NHS ODS ORD export ({@code ods-organisations.json}), so the
 *     directory can be updated without a release
 * @param rateLimit how many concerns one client may raise
 * @param identityKeys AES-256 keys that seal reporters' contact details; the first seals, all open
 *     (see {@code docs/services/intake.md} for rotation)
 * @param receiptCodeStrength the bcrypt cost of receipt-code hashes: each step doubles the work of
 *     checking a code, for the reporter once and for anyone guessing every time
 * @param signInLimit how often reporters may try to open their concern's follow-up page
 * @param handlingTeamTokens bearer tokens of the team handling concerns, for the questions API; an
 *     interim until the project's OAuth2 sign-in lands. None configured: the API refuses everyone
 */
@Validated
@ConfigurationProperties("candour.intake")
public record IntakeProperties(
        @Pattern(regexp = "[A-Z]{2,4}") @DefaultValue("QC") String referencePrefix,
        @Min(1024) @Max(10_485_760) @DefaultValue("65536") int maxRequestBytes,
        @Nullable Path organisationDirectory,
        @Valid @DefaultValue RateLimit rateLimit,
        @Valid @DefaultValue List<IdentityKey> identityKeys,
        @Min(10) @Max(16) @DefaultValue("10") int receiptCodeStrength,
        @Valid @DefaultValue SignInLimit signInLimit,
        @Valid @DefaultValue List<HandlingTeamToken> handlingTeamTokens) {

    /**
     * One key for sealing contact details.
     *
     * @param id names the key in each sealed record, so that it can be rotated
     * @param secret base64 of 32 random bytes, from the environment or a secret store
     */
    public record IdentityKey(@NotBlank String id, @NotBlank String secret) {
        @Override
        public String toString() {
            return "IdentityKey[id=" + id + ", secret=hidden]";
        }
    }

    /**
     * Per-client limit on raising concerns, against floods that would bury real ones.
     *
     * @param requestsPerMinute concerns one client address may raise in a minute; a member of staff
     *     needs a handful, a system forwarding concerns for many needs its own, higher setting
     */
    public record RateLimit(
            @Min(1) @Max(1_000_000) @DefaultValue("60") int requestsPerMinute) {}

    /**
     * Limits on tries to open a concern's follow-up page, against guessing receipt codes and emails.
     *
     * @param perClientPerMinute tries one client address may make in a minute
     * @param perReferencePerMinute tries at one reference in a minute, from anywhere
     */
    public record SignInLimit(
            @Min(1) @Max(1_000_000) @DefaultValue("10") int perClientPerMinute,
            @Min(1) @Max(1_000_000) @DefaultValue("10") int perReferencePerMinute) {}

    /**
     * A secret the team handling concerns presents as {@code Authorization: Bearer <secret>}.
     *
     * @param secret at least 32 characters, e.g. base64 of 32 random bytes, from a secret store
     */
    public record HandlingTeamToken(
            @NotBlank @Size(min = 32, message = "must be at least 32 characters: use 32 random bytes in base64")
            String secret) {
        @Override
        public String toString() {
            return "HandlingTeamToken[hidden]";
        }
    }
}
