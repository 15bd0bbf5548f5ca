package org.candour.events;

/** The six National Quality Board domains of quality. A concern can touch several; one is primary. */
public enum QualityDomain {
    SAFE,
    EFFECTIVE,
    EXPERIENCE,
    WELL_LED,
    SUSTAINABLE,
    EQUITABLE
}
