/**
 * The messaging conventions every Candour service shares: CloudEvents headers in Kafka binary mode,
 * the transactional outbox and its relay, the idempotent consumer, and dead-letter defaults.
 */
@NullMarked
package org.candour.messaging;

import org.jspecify.annotations.NullMarked;
