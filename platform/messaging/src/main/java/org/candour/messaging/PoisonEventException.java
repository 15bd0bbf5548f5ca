package org.candour.messaging;

/**
 * A record that can never be processed as it is: unreadable, of the wrong type, or breaking the
 * event's invariants. It goes to the dead-letter topic at once, without retries.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
