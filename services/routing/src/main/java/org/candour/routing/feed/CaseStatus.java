package org.candour.routing.feed;

/** Where an ICB has got to with a case, as its feed shows it. */
public enum CaseStatus {
    /** Routed, and the ICB has not acknowledged it yet. */
    NEW,
    /** The ICB has the case. */
    RECEIVED,
    /** The ICB is looking into it. */
    IN_REVIEW,
    /** The ICB has finished with it. */
    CLOSED,
    /** A reviewer's correction means the concern no longer goes to this ICB. */
    WITHDRAWN;
}
