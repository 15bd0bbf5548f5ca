package org.candour.intake.identity;

/**
 * Contact details as stored: AES-GCM ciphertext and the id of the key that sealed it.
 *
 * @param keyId which configured key sealed it, so that keys can be rotated
 * @param ciphertext the 12-byte nonce followed by the GCM output (ciphertext and 16-byte tag)
 */
public record SealedContact(String keyId, byte[] ciphertext) {

    @Override
    public String toString() {
        return "SealedContact[keyId=" + keyId + "]";
    }
}
