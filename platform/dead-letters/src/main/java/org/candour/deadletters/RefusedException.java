package org.candour.deadletters;

/**
 * A well-formed request that the cluster's state rules out: an unknown topic, a record that is not there, a broker
 * that does not answer. The message says what was refused and what the operator can do about it. Nothing has been
 * replayed when it is thrown.
 */
final class RefusedException extends RuntimeException {

    RefusedException(String message) {
        super(message);
    }

    RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
