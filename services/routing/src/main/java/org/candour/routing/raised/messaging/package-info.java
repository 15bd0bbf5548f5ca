/** The Kafka binding for intake's raised concerns. */
@NullMarked
package org.candour.routing.raised.messaging;

import org.jspecify.annotations.NullMarked;
