package org.candour.routing.feed;

/** The change asked for would move a case backwards, or change a withdrawn case; nothing changed. */
class CaseStatusConflictException extends RuntimeException {

    CaseStatusConflictException(String message) {
        super(message);
    }
}
