package org.candour.events;

import java.util.List;
import java.util.Objects;

/** Invariant checks for event records, so a malformed event fails when it is read, with context. */
final class Require {

    private Require() {}

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static void confidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + value);
        }
    }

    static <T> List<T> list(List<T> value, String field) {
        present(value, field);
        return List.copyOf(value);
    }

    static <T> List<T> nonEmpty(List<T> value, String field) {
        List<T> copy = list(value, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }
}
