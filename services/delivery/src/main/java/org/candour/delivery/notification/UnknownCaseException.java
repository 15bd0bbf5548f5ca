package org.candour.delivery.notification;

import java.util.UUID;

/** Delivery holds no notification for this case: it was never routed here, or not yet. */
public class UnknownCaseException extends RuntimeException {

    private final UUID caseId;

    public UnknownCaseException(UUID caseId) {
        super("No notification is recorded for case " + caseId);
        this.caseId = caseId;
    }

    public UUID caseId() {
        return caseId;
    }
}
