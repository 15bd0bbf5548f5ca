/** Announces through the outbox that a case reached the body it was routed to. */
@NullMarked
package org.candour.delivery.sending.messaging;

import org.jspecify.annotations.NullMarked;
