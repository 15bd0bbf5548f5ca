package org.candour.delivery.endpoint;

import java.util.UUID;

/** The body has no endpoint with this id: it never existed, or another body owns it. */
public class UnknownEndpointException extends RuntimeException {

    private final UUID endpointId;

    public UnknownEndpointException(String bodyCode, UUID endpointId) {
        super("There is no endpoint " + endpointId + " for " + bodyCode + ".");
        this.endpointId = endpointId;
    }

    public UUID endpointId() {
        return endpointId;
    }
}
