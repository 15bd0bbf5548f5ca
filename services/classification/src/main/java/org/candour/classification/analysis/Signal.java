package org.candour.classification.analysis;

/** Facts that raise a concern's reach or urgency, each for a destination or flag in DOMAIN.md section 3. */
public enum Signal {
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
    IMMEDIATE_DANGER,
    CLOSED_CULTURE,
    CONCEALMENT,
    /** The reporter fears blame, reprisal or other detriment for speaking up. */
    FEAR_OF_DETRIMENT
}
