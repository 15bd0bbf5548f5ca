package org.candour.events;

/** How far the local complaints process has gone; the ombudsman takes only a finished one. */
public enum ComplaintStatus {
    NONE,
    IN_PROGRESS,
    FINAL_RESPONSE
}
