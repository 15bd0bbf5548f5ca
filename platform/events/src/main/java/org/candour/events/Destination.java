package org.candour.events;

/** The bodies a concern can be routed to (DOMAIN.md section 3). */
public enum Destination {
    TRUST_BOARD,
    ICS_QUALITY_GROUP,
    CQC,
    PHSO,
    HSSIB,
    GMC,
    NMC,
    HCPC,
    GPHC,
    GDC,
    GOC,
    GOSC,
    GCC,
    SWE
}
