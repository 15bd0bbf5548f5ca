package org.candour.intake.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals reporters' contact details with AES-256-GCM before they are stored, and opens them for
 * whoever holds the key. The concern id is bound in as associated data, so sealed details cannot
 * be moved to another concern. The first configured key seals; every configured key can open, so
 * keys rotate by putting a new one first and keeping the old ones until nothing sealed with them
 * remains.
 *
 * <p>The same keys seal the HTTP sessions' attributes ({@link #seal(byte[], String)}, bound to the
 * session and attribute) and key the hashes under which rate limits count ({@link #keyedHash}), so
 * that intake has one secret to keep, back up and rotate (ADR 0010, ADR 0025).
 */
public final class IdentityVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001f';

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecretKey hashKey;
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
            if (key.getKey().getBytes(UTF_8).length > 255) {
                throw new IllegalArgumentException("Identity key id " + key.getKey() + " is longer than 255 bytes");
            }
            if (byId.put(key.getKey(), new SecretKeySpec(secret, "AES")) != null) {
                throw new IllegalArgumentException("Identity key id " + key.getKey() + " is configured twice");
            }
        }
        this.keys = Map.copyOf(byId);
        this.currentKeyId = keys.getFirst().getKey();
        this.hashKey = deriveHashKey(this.keys.get(currentKeyId));
    }

    public SealedContact seal(ContactDetails contact, UUID concernId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = (contact.name() + SEPARATOR + contact.email()).getBytes(UTF_8);
        byte[] sealed = cipher(
                Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, associated(concernId), plain, 0, plain.length);
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
        byte[] nonce = Arrays.copyOf(sealed.ciphertext(), NONCE_BYTES);
        byte[] plain = cipher(
                Cipher.DECRYPT_MODE,
                key,
                nonce,
                associated(concernId),
                sealed.ciphertext(),
                NONCE_BYTES,
                sealed.ciphertext().length - NONCE_BYTES);
        String text = new String(plain, UTF_8);
        int split = text.indexOf(SEPARATOR);
        return new ContactDetails(text.substring(0, split), text.substring(split + 1));
    }

    /**
     * Seals any bytes under the current key, bound to {@code associatedData}: they open only with
     * the same associated data. The result is self-describing: the key id's length (one byte), the
     * key id, the 12-byte nonce, then the GCM output.
     */
    public byte[] seal(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(
                Cipher.ENCRYPT_MODE,
                keys.get(currentKeyId),
                nonce,
                associatedData.getBytes(UTF_8),
                plain,
                0,
                plain.length);
        byte[] keyId = currentKeyId.getBytes(UTF_8);
        return ByteBuffer.allocate(1 + keyId.length + NONCE_BYTES + sealed.length)
                .put((byte) keyId.length)
                .put(keyId)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /**
     * Opens what {@link #seal(byte[], String)} sealed with the same associated data.
     *
     * @throws UnopenableException if the key is no longer configured, or the bytes were changed or
     *     sealed for other associated data
     */
    public byte[] open(byte[] sealed, String associatedData) {
        int keyIdLength = sealed.length == 0 ? 0 : Byte.toUnsignedInt(sealed[0]);
        if (sealed.length < 1 + keyIdLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new UnopenableException("too short to be sealed");
        }
        String keyId = new String(sealed, 1, keyIdLength, UTF_8);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new UnopenableException("sealed with key " + keyId + ", which is no longer configured");
        }
        int nonceAt = 1 + keyIdLength;
        byte[] nonce = Arrays.copyOfRange(sealed, nonceAt, nonceAt + NONCE_BYTES);
        try {
            return cipher(
                    Cipher.DECRYPT_MODE,
                    key,
                    nonce,
                    associatedData.getBytes(UTF_8),
                    sealed,
                    nonceAt + NONCE_BYTES,
                    sealed.length - nonceAt - NONCE_BYTES);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof AEADBadTagException) {
                throw new UnopenableException("changed, or sealed for something else");
            }
            throw e;
        }
    }

    /**
     * An HMAC-SHA256 of {@code value} under a key derived from the current sealing key, for storing
     * something that must be matched but not read back (a client address, a reference). It changes
     * when the sealing key rotates.
     */
    public byte[] keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(value.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Sealed bytes that cannot be opened; says why, never what they hold. */
    public static final class UnopenableException extends RuntimeException {
        UnopenableException(String why) {
            super("Sealed value cannot be opened: " + why);
        }
    }

    private static byte[] associated(UUID concernId) {
        return concernId.toString().getBytes(UTF_8);
    }

    // A key of its own for hashing, so that a hash never doubles as anything sealed under the AES key.
    private static SecretKey deriveHashKey(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("candour intake keyed hash v1".getBytes(UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static byte[] cipher(
            int mode, SecretKey key, byte[] nonce, byte[] associatedData, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Sealed data could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
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
