package org.candour.classification.analysis;

/** Whether the reporter is the person affected or acting for them, as PHSO requires. */
public enum ReporterStanding {
    PATIENT,
    ACTING_FOR_PATIENT,
    NOT_STATED
}
