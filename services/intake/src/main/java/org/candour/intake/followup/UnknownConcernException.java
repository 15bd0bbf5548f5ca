package org.candour.intake.followup;

import java.util.UUID;

/** No concern has this id in intake. */
public class UnknownConcernException extends RuntimeException {

    private UnknownConcernException(String message) {
        super(message);
    }

    static UnknownConcernException withId(UUID id) {
        return new UnknownConcernException("Intake has no concern with the id " + id);
    }
}
