package org.candour.delivery.endpoint;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals endpoints' signing secrets with AES-256-GCM before they are stored, as intake's
 * {@code IdentityVault} seals reporters' contact details. The endpoint and secret ids are bound in as
 * associated data, so a sealed secret cannot be moved to another endpoint or row. A stored value is
 * the 12-byte nonce followed by the ciphertext and its tag.
 */
final class SecretSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Key base64 of 32 random bytes
     * @throws IllegalArgumentException if the key is not base64 or not 256 bits
     */
    SecretSeal(String base64Key) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candour.delivery.secret-key is not base64", e);
        }
        if (secret.length != 32) {
            throw new IllegalArgumentException(
                    "candour.delivery.secret-key must be 32 bytes (256 bits), not " + secret.length);
        }
        this.key = new SecretKeySpec(secret, "AES");
    }

    byte[] seal(byte[] plain, UUID endpointId, UUID secretId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, endpointId, secretId, plain, 0, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    byte[] open(byte[] sealed, UUID endpointId, UUID secretId) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException(
                    "Signing secret " + secretId + " of endpoint " + endpointId + " is truncated");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return cipher(
                Cipher.DECRYPT_MODE, nonce, endpointId, secretId, sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private byte[] cipher(
            int mode, byte[] nonce, UUID endpointId, UUID secretId, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((endpointId + "/" + secretId).getBytes(UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            // Never the secret itself: only which one, and whether sealing or opening failed.
            throw new IllegalStateException(
                    "Signing secret " + secretId + " of endpoint " + endpointId + " could not be "
                            + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                            + " (wrong candour.delivery.secret-key, or tampered)",
                    e);
        }
    }
}
