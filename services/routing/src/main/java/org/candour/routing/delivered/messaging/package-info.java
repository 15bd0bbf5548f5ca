/** The Kafka binding for delivery's announcements. */
@NullMarked
package org.candour.routing.delivered.messaging;

import org.jspecify.annotations.NullMarked;
