package org.candour.classification.tagging;

/** A tagging policy that cannot be applied as written; the message says what to fix. */
public class InvalidTaggingPolicyException extends RuntimeException {

    public InvalidTaggingPolicyException(String message) {
        super(message);
    }

    public InvalidTaggingPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
