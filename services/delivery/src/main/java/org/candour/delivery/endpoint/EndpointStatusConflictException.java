package org.candour.delivery.endpoint;

/** The endpoint cannot change like that from where it stands; nothing changed. */
public class EndpointStatusConflictException extends RuntimeException {

    EndpointStatusConflictException(String message) {
        super(message);
    }
}
