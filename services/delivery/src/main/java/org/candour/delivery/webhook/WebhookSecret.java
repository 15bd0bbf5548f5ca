package org.candour.delivery.webhook;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code "whsec_"} followed by the base64 of 24 to 64 random
 * bytes. Its {@link #toString()} never shows the secret, so it cannot leak through a log line or an
 * exception message by accident.
 */
public final class WebhookSecret {

    static final String PREFIX = "whsec_";

    static final int MIN_BYTES = 24;

    static final int MAX_BYTES = 64;

    private static final int GENERATED_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /** A new secret of 32 bytes from a {@link SecureRandom}. */
    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    /**
     * Reads a secret as it is shown to a receiver, {@code "whsec_"} and base64.
     *
     * @throws IllegalArgumentException naming what is wrong (never quoting the secret)
     */
    public static WebhookSecret parse(String encoded) {
        if (!encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret must start with \"" + PREFIX + "\".");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(
                    "A webhook secret must be base64 after \"" + PREFIX + "\": " + notBase64.getMessage() + ".");
        }
        return new WebhookSecret(checkLength(key));
    }

    /**
     * A secret holding the given key bytes (copied).
     *
     * @throws IllegalArgumentException unless the key has 24 to 64 bytes
     */
    public static WebhookSecret ofKey(byte[] key) {
        return new WebhookSecret(checkLength(key.clone()));
    }

    private static byte[] checkLength(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "A webhook secret must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length + ".");
        }
        return key;
    }

    /** The secret as a receiver is shown it: {@code "whsec_"} and base64. */
    public String encoded() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes, a copy. */
    public byte[] key() {
        return key.clone();
    }

    /** Package-private view without the copy, for signing. */
    byte[] keyBytes() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret secret && MessageDigest.isEqual(key, secret.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
