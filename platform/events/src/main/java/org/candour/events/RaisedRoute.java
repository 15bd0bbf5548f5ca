package org.candour.events;

/** Where the reporter had already raised the concern. */
public enum RaisedRoute {
    LINE_MANAGER,
    FREEDOM_TO_SPEAK_UP_GUARDIAN,
    FORMAL_COMPLAINT,
    OTHER
}
