package org.candour.intake.session;

/**
 * A session attribute as the session table holds it: serialised, then sealed by
 * {@link org.candour.intake.identity.IdentityVault#seal(byte[], String)} for one session and one
 * attribute name (the key id first, then the nonce and the AES-GCM output).
 *
 * @param bytes what {@code spring_session_attributes.attribute_bytes} stores, as is
 */
record SealedAttribute(byte[] bytes) {

    @Override
    public String toString() {
        return "SealedAttribute[" + bytes.length + " bytes]";
    }
}
