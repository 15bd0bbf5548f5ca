package org.candour.routing.feed;

import java.util.UUID;

/** The ICB has no such case; another ICB's case is not found either, so its existence does not leak. */
class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException(String icb, UUID caseId) {
        super("There is no case " + caseId + " in the feed of ICB " + icb + ".");
    }
}
