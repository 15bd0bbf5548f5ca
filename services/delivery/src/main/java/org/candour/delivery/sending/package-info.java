/**
 * Sends each notification to the endpoints of the body it is for, to the Standard Webhooks
 * specification: scheduled in the database, retried, deferred when an endpoint is paused or
 * overloaded, dead-lettered when the schedule runs out, and every attempt recorded.
 */
@NullMarked
package org.candour.delivery.sending;

import org.jspecify.annotations.NullMarked;
