package org.candour.events;

/** Who was affected by what happened, as the reporter saw it. */
public enum AffectedPerson {
    PATIENT,
    SEVERAL_PATIENTS,
    /** A member of staff, possibly the reporter. */
    STAFF,
    VISITOR_OR_RELATIVE,
    /** No one yet: a risk that has not harmed anyone. */
    NO_ONE_YET,
    NOT_SURE
}
