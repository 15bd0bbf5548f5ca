/**
 * The operator's tool for dead letters: lists what is on the {@code <topic>.<group>.dlq} topics and replays
 * chosen dead letters to the topics they came from. Plain Kafka clients, no Spring.
 */
@NullMarked
package org.candour.deadletters;

import org.jspecify.annotations.NullMarked;
