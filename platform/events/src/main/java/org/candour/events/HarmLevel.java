package org.candour.events;

/** LFPSE-style grading of physical or psychological harm. */
public enum HarmLevel {
    NONE,
    LOW,
    MODERATE,
    SEVERE,
    DEATH,
    /** Not stated, not yet known, or a risk with no specific patient event. */
    UNKNOWN
}
