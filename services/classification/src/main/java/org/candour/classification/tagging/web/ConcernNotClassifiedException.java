package org.candour.classification.tagging.web;

import java.util.UUID;

/** No classification exists for the concern: unknown here, or not classified yet. */
class ConcernNotClassifiedException extends RuntimeException {

    private final UUID concernId;

    ConcernNotClassifiedException(UUID concernId) {
        super("Concern " + concernId + " has no classification");
        this.concernId = concernId;
    }

    UUID concernId() {
        return concernId;
    }
}
