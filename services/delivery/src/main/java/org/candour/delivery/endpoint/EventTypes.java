package org.candour.delivery.endpoint;

import java.util.Set;

/** The webhook event types an endpoint can subscribe to: the {@code type} of the messages sent. */
public final class EventTypes {

    /** A case was routed to the body. */
    public static final String CASE_ROUTED = "case.routed";

    /** Every type a body can subscribe to today. */
    public static final Set<String> KNOWN = Set.of(CASE_ROUTED);

    private EventTypes() {}
}
