/** Turns routed-case events from Kafka into recorded notifications. */
@NullMarked
package org.candour.delivery.notification.messaging;

import org.jspecify.annotations.NullMarked;
