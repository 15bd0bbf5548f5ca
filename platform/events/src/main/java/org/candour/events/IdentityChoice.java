package org.candour.events;

/** How the reporter chose to be known. Only the choice travels in events, never the identity. */
public enum IdentityChoice {
    NAMED,
    /** Identity known only to the receiving trust's Freedom to Speak Up guardian. */
    CONFIDENTIAL,
    ANONYMOUS
}
