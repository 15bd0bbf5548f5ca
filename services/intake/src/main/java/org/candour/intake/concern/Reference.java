package org.candour.intake.concern;

import java.util.regex.Pattern;

/**
 * The reference a reporter quotes to follow their concern, e.g. {@code QC-2026-000123}: a prefix,
 * the year it was raised and a number that only grows.
 */
public record Reference(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6,}");

    public Reference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a concern reference: " + value);
        }
    }

    static Reference of(String prefix, int year, long number) {
        return new Reference("%s-%04d-%06d".formatted(prefix, year, number));
    }

    static boolean looksLikeOne(String candidate) {
        return FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
