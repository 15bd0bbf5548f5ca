package org.candour.classification.triage;

import java.util.List;

/** A review that cannot be applied as sent; nothing was changed. */
public class InvalidReviewException extends RuntimeException {

    private final List<Violation> violations;

    InvalidReviewException(List<Violation> violations) {
        super("Review refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Whether every field is well formed and the review only contradicts a rule of classification. */
    public boolean onlyBreaksRules() {
        return violations.stream().allMatch(Violation::breaksARule);
    }
}
