package org.candour.delivery.sending;

/**
 * New deliveries are due now. Published in the transaction that owes them and heard after it commits,
 * so the poller claims them at once instead of at its next tick. Only a hint: the database stays the
 * schedule, and a hint lost to a crash costs at most one poll interval.
 */
record DeliveriesDue() {}
