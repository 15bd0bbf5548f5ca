package org.candour.delivery.notification;

/**
 * Where a notification stands. Recording produces {@link #PENDING}; sending marks it {@link #SENT}
 * at the first 2xx from any endpoint of the body. {@link #FAILED} and {@link #DISABLED} are not
 * written: what failed is per endpoint, in each delivery's status. The
 * {@code notification_status_known} check constraint lists the same names.
 */
public enum NotificationStatus {
    /** Owed to the destination, not yet delivered. */
    PENDING,
    /** An endpoint of the destination acknowledged it with a 2xx response. */
    SENT,
    /** Every retry failed; an operator can resend it. */
    FAILED,
    /** The destination's endpoint is disabled after long failure, so it waits for it to be enabled. */
    DISABLED
}
