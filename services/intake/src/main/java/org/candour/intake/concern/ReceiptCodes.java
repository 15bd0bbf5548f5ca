package org.candour.intake.concern;

import java.security.SecureRandom;
import org.candour.intake.IntakeProperties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Receipt codes let an anonymous reporter come back to their concern. A code is 20 characters
 * (100 bits) from a secure random source, in an alphabet with no look-alike letters, shown once
 * and stored only as a bcrypt hash, so that neither the database nor its backups can give it back.
 */
@Component
class ReceiptCodes {

    /** Crockford's base 32: no I, L, O or U to misread or mistype. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int LENGTH = 20;
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder hasher;

    /** The hash of a code no one holds, checked when the reference is unknown so timing tells nothing. */
    private final String decoy;

    ReceiptCodes(IntakeProperties properties) {
        this.hasher = new BCryptPasswordEncoder(properties.receiptCodeStrength(), random);
        this.decoy = hasher.encode(generate());
    }

    /**
     * A new code with its hash.
     *
     * @param code shown to the reporter once
     * @param hash what is stored
     */
    record Issued(String code, String hash) {
        @Override
        public String toString() {
            return "Issued[hidden]";
        }
    }

    Issued issue() {
        String code = generate();
        return new Issued(code, hash(code));
    }

    /** A new code, grouped for reading aloud, e.g. {@code 7KQ2-M9XD-4TRB-H6WN-C3PZ}. */
    String generate() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    String hash(String code) {
        return hasher.encode(normalise(code));
    }

    boolean matches(String typed, String hash) {
        return hasher.matches(normalise(typed), hash);
    }

    /** Spends the same time as a real check, for a reference that does not exist. */
    void matchNothing(String typed) {
        hasher.matches(normalise(typed), decoy);
    }

    /** Forgives spaces, missing dashes, lower case and the letters people read for digits. */
    static String normalise(String typed) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        int letters = 0;
        for (int i = 0; i < typed.length() && letters <= LENGTH; i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            c = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (letters > 0 && letters % GROUP == 0) {
                code.append('-');
            }
            code.append(c);
            letters++;
        }
        return code.toString();
    }
}
