package org.candour.intake.concern.web;

/** The Idempotency-Key header is empty, too long, or holds characters other than visible ASCII. */
class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException() {
        super("An Idempotency-Key is 1 to 255 visible ASCII characters, for example a UUID.");
    }
}
