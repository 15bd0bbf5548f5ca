package org.candour.events;

/** Facts that raise a concern's reach or urgency, each for a destination or flag in DOMAIN.md section 3. */
public enum ConcernSignal {
    /** More than one provider, or a failure between organisations. */
    CROSS_PROVIDER,
    /** It has happened before or keeps happening. */
    RECURRING,
    /** The same failure is likely elsewhere: HSSIB's breadth of systemic risk. */
    SYSTEM_WIDE,
    /** A device, equipment, IT or ePMA design is involved. */
    DEVICE_OR_IT,
    /** Abuse or neglect of a child or adult at risk: refer to the local authority now. */
    SAFEGUARDING,
    /** Someone is in danger now. */
    IMMEDIATE_DANGER,
    /** The signs of a closed culture CQC names for mental health, learning disability and secure settings. */
    CLOSED_CULTURE,
    /** Told not to report, records altered, information hidden from regulators. */
    CONCEALMENT,
    /** The reporter fears blame, reprisal or other detriment for speaking up. */
    FEAR_OF_DETRIMENT
}
