package org.candour.delivery.webhook;

import java.io.Serial;

/**
 * Why an endpoint URL, or an address its host resolves to, may not receive webhooks. The message is
 * for a person: it names the URL's fault or the address and what kind of address it is.
 */
public final class RefusedDestinationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public RefusedDestinationException(String reason) {
        super(reason);
    }

    /** The reason, for a person: the same as the message. */
    public String reason() {
        return getMessage();
    }
}
