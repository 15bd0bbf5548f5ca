package org.candour.classification.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing found about a concern.
 *
 * @param value what was found
 * @param confidence from 0 to 1
 * @param evidence the words quoted as written, or the form answer, that led to it, and the cues that
 *     were negated and so not counted
 */
public record Finding<T>(T value, double confidence, List<String> evidence) {

    public Finding {
        Objects.requireNonNull(value, "value");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
