package org.candour.delivery.sending;

/** What an endpoint's owner is told; the {@code endpoint_notice_kind_known} constraint lists the same. */
public enum NoticeKind {
    /** A message ran out of retries and is dead-lettered; resend or replay sends it again. */
    MESSAGE_DEAD_LETTERED,
    /** The endpoint was disabled: it answered 410 Gone, or failed for too long. */
    ENDPOINT_DISABLED
}
