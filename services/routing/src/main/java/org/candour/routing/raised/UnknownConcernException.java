package org.candour.routing.raised;

import java.util.UUID;

/** A classification names a concern intake has not raised (yet, or ever). Retried, then dead-lettered. */
public class UnknownConcernException extends RuntimeException {

    UnknownConcernException(UUID concernId) {
        super("Concern " + concernId + " was never raised by intake, so its classification is not routed");
    }
}
