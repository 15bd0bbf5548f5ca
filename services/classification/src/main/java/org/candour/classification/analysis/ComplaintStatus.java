package org.candour.classification.analysis;

/** How far the local complaints process has gone; PHSO takes only a finished one. */
public enum ComplaintStatus {
    NONE,
    IN_PROGRESS,
    FINAL_RESPONSE
}
