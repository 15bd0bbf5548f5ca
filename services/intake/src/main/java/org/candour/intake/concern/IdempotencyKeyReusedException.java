package org.candour.intake.concern;

/** A client sent a different request under an Idempotency-Key it had already used. */
public class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different concern. Use a new key for a new concern,"
                + " or resend exactly the same request to get its reference again.");
    }
}
