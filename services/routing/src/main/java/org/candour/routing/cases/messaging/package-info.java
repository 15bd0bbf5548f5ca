/** Kafka adapters of the cases feature. */
@NullMarked
package org.candour.routing.cases.messaging;

import org.jspecify.annotations.NullMarked;
