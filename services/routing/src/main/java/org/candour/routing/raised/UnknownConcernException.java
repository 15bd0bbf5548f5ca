package org.candour.routing.raised;

import java.util.UUID;

/**
 * A classification names a concern intake has not raised (yet, or ever): the reason it is dead-lettered once
 * it has waited too long for the raising.
 */
public class UnknownConcernException extends RuntimeException {

    UnknownConcernException(UUID concernId) {
        super("Concern " + concernId + " was never raised by intake, so its classification is not routed");
    }
}
