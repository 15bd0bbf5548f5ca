package org.candour.deadletters;

/** The command line does not say a request the tool understands; the message says what to write instead. */
final class InvalidArgumentsException extends RuntimeException {

    InvalidArgumentsException(String message) {
        super(message);
    }
}
