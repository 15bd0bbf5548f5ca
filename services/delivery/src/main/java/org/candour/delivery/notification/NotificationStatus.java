package org.candour.delivery.notification;

/**
 * Where a notification stands. Recording only ever produces {@link #PENDING}; the others arrive with
 * sending. The {@code notification_status_known} check constraint lists the same names.
 */
public enum NotificationStatus {
    /** Owed to the destination, not yet delivered. */
    PENDING,
    /** The destination acknowledged it with a 2xx response. */
    SENT,
    /** Every retry failed; an operator can resend it. */
    FAILED,
    /** The destination's endpoint is disabled after long failure, so it waits for it to be enabled. */
    DISABLED
}
