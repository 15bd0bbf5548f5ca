package org.candour.intake.followup.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.candour.intake.IntakeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens of the team handling concerns: an interim sign-in for the questions API until
 * the project's OAuth2 issue lands. Tokens are compared by their SHA-256 digests, in constant time
 * and against every configured token, so that neither the time taken nor the length of a token
 * tells a guesser how close they came. No tokens configured: nobody gets in.
 */
@Component
class HandlingTeamTokens {

    private static final String BEARER = "Bearer ";

    private final List<byte[]> digests;

    @Autowired
    HandlingTeamTokens(IntakeProperties properties) {
        this(properties.handlingTeamTokens().stream()
                .map(IntakeProperties.HandlingTeamToken::secret)
                .toList());
    }

    HandlingTeamTokens(List<String> secrets) {
        this.digests = secrets.stream().map(HandlingTeamTokens::digest).toList();
    }

    /** Whether the {@code Authorization} header carries one of the tokens. */
    boolean accept(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = digest(authorization.substring(BEARER.length()).strip());
        boolean accepted = false;
        for (byte[] known : digests) {
            accepted |= MessageDigest.isEqual(known, presented);
        }
        return accepted;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
