package org.candour.intake.followup;

import java.util.UUID;

/** No concern has this id or reference in intake. */
public class UnknownConcernException extends RuntimeException {

    private UnknownConcernException(String message) {
        super(message);
    }

    static UnknownConcernException withId(UUID id) {
        return new UnknownConcernException("Intake has no concern with the id " + id);
    }

    static UnknownConcernException withReference(String reference) {
        return new UnknownConcernException(
                "No concern has the reference " + reference + ". Check the reference of the concern.");
    }
}
