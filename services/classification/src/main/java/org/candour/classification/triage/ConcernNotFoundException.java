package org.candour.classification.triage;

import java.util.UUID;

/** No classification exists for the concern: unknown here, or not classified yet. */
public class ConcernNotFoundException extends RuntimeException {

    private final UUID concernId;

    public ConcernNotFoundException(UUID concernId) {
        super("Concern " + concernId + " has no classification");
        this.concernId = concernId;
    }

    public UUID concernId() {
        return concernId;
    }
}
