package org.candour.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.session.SessionIdGenerator;

/**
 * Session ids as the browser holds them and as the session table holds them. The browser's id is 256
 * random bits; the table holds only its SHA-256 digest, so a copy of the table (a backup, a replica,
 * an operator's query) yields no id that the service would accept in a cookie. A plain digest suffices
 * because the id is too random to guess: finding an id from its digest means inverting SHA-256, with
 * or without a key. Unkeyed, it outlives any rotation of a service's keys.
 *
 * <p>The store draws a session's id from its {@link SessionIdGenerator} while creating the session
 * and while changing its id, and stores whatever it draws. {@link DigestedSessionRepository} draws the
 * browser's id itself and hands the store the digest for that one call ({@link #storing}); asked at
 * any other time, this generator refuses, so that no id the browser was never given (nor one stored
 * in clear) is ever made. Give the same instance to the store and to the repository over it.
 */
public final class DigestedSessionIds implements SessionIdGenerator {

    private static final int ID_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<String> handedOver = new ThreadLocal<>();

    /** A new id for the browser's cookie: 256 random bits, 43 URL-safe characters. */
    public String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** What the session table holds for an id: its SHA-256 digest, 43 URL-safe characters. */
    public static String stored(String id) {
        try {
            return ENCODER.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Runs a call of the store's that draws one id, which will be the digest of this browser's id. */
    public <T> T storing(String id, Supplier<T> call) {
        handedOver.set(stored(id));
        try {
            return call.get();
        } finally {
            handedOver.remove();
        }
    }

    @Override
    public String generate() {
        String digest = handedOver.get();
        if (digest == null) {
            throw new IllegalStateException("A session id was asked for outside DigestedSessionRepository;"
                    + " it would not be the digest of a cookie's id");
        }
        handedOver.remove();
        return digest;
    }
}
