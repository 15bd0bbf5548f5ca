package org.candour.delivery.endpoint;

/** Whether an endpoint receives webhooks. The {@code endpoint_status_known} check lists the same names. */
public enum EndpointStatus {
    /** Receives the event types it subscribed to. */
    ACTIVE,
    /** Its owner paused it: messages wait for it, without using up their retries. */
    PAUSED,
    /** Disabled by delivery (410 Gone, or failing for days); its owner can resume it. */
    DISABLED
}
