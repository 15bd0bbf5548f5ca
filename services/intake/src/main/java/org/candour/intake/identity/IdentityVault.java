package org.candour.intake.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals reporters' contact details with AES-256-GCM before they are stored, and opens them for
 * whoever holds the key. The concern id is bound in as associated data, so sealed details cannot
 * be moved to another concern. The first configured key seals; every configured key can open, so
 * keys rotate by putting a new one first and keeping the old ones until nothing sealed with them
 * remains.
 */
public final class IdentityVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001f';

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys key id and base64 of 32 random bytes, the key that seals first
     * @throws IllegalArgumentException if there is no key, an id repeats, or a key is not 256 bits
     */
    public IdentityVault(List<Map.Entry<String, String>> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(
                    "No identity key is configured (candour.intake.identity-keys): reporters'"
                            + " contact details cannot be stored safely. Configure at least one id and 32-byte base64 secret.");
        }
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        for (Map.Entry<String, String> key : keys) {
            byte[] secret = decode(key.getKey(), key.getValue());
            if (byId.put(key.getKey(), new SecretKeySpec(secret, "AES")) != null) {
                throw new IllegalArgumentException("Identity key id " + key.getKey() + " is configured twice");
            }
        }
        this.keys = Map.copyOf(byId);
        this.currentKeyId = keys.getFirst().getKey();
    }

    public SealedContact seal(ContactDetails contact, UUID concernId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = (contact.name() + SEPARATOR + contact.email()).getBytes(UTF_8);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, concernId, plain, 0, plain.length);
        return new SealedContact(
                currentKeyId,
                ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    public ContactDetails open(SealedContact sealed, UUID concernId) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Identity key " + sealed.keyId() + " is no longer configured");
        }
        byte[] nonce = java.util.Arrays.copyOf(sealed.ciphertext(), NONCE_BYTES);
        byte[] plain = cipher(
                Cipher.DECRYPT_MODE,
                key,
                nonce,
                concernId,
                sealed.ciphertext(),
                NONCE_BYTES,
                sealed.ciphertext().length - NONCE_BYTES);
        String text = new String(plain, UTF_8);
        int split = text.indexOf(SEPARATOR);
        return new ContactDetails(text.substring(0, split), text.substring(split + 1));
    }

    private static byte[] cipher(
            int mode, SecretKey key, byte[] nonce, UUID concernId, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(concernId.toString().getBytes(UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Contact details could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }

    private static byte[] decode(String id, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Identity key " + id + " is not base64", e);
        }
        if (secret.length != 32) {
            throw new IllegalArgumentException(
                    "Identity key " + id + " must be 32 bytes (256 bits), not " + secret.length);
        }
        return secret;
    }
}
