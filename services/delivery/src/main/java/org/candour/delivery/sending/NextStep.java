package org.candour.delivery.sending;

import java.time.Instant;

/** What follows one attempt, for the delivery and its endpoint. */
sealed interface NextStep {

    /** The endpoint answered 2xx. */
    record Delivered() implements NextStep {}

    /** Failed; tried again at {@code at}. */
    record RetryAt(Instant at) implements NextStep {}

    /** Failed with no attempt left: dead-lettered, and the owner told. */
    record Exhausted() implements NextStep {}

    /** The endpoint answered 410 Gone: it is disabled and the message dead-lettered. */
    record Gone() implements NextStep {}
}
