package org.candour.classification.triage;

/**
 * Why a review was refused, for one field.
 *
 * @param field the field of the review, as named in the request ({@code professionals[1].fitnessToPractise})
 * @param message what to do about it, in words a reviewer can act on
 * @param breaksARule false when the field is missing or malformed; true when it is well formed but
 *     contradicts a rule of classification (a regulator for an unregistered role)
 */
public record Violation(String field, String message, boolean breaksARule) {

    static Violation invalid(String field, String message) {
        return new Violation(field, message, false);
    }

    static Violation rule(String field, String message) {
        return new Violation(field, message, true);
    }
}
