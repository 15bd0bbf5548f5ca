package org.candour.delivery.sending;

/** Where one message stands for one endpoint; the {@code delivery_status_known} constraint lists the same. */
public enum DeliveryStatus {
    /** Owed: due at {@code next_attempt_at}. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** The retry schedule ran out, or the endpoint is gone; resend or replay puts it back. */
    DEAD
}
