package org.candour.classification.triage;

import java.util.UUID;

/** The reviewer saw a revision that is no longer current: someone else reviewed first. Nothing was changed. */
public class StaleRevisionException extends RuntimeException {

    private final UUID concernId;
    private final int basedOnRevision;
    private final int currentRevision;

    StaleRevisionException(UUID concernId, int basedOnRevision, int currentRevision) {
        super("Concern " + concernId + ": review based on revision " + basedOnRevision + " but revision "
                + currentRevision + " is current");
        this.concernId = concernId;
        this.basedOnRevision = basedOnRevision;
        this.currentRevision = currentRevision;
    }

    public UUID concernId() {
        return concernId;
    }

    public int basedOnRevision() {
        return basedOnRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
