/** Feeds raised concerns from Kafka to the classification use case, each event once. */
@NullMarked
package org.candour.classification.tagging.messaging;

import org.jspecify.annotations.NullMarked;
