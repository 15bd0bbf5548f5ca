/** Runs Candour on a developer machine: a real Kafka broker, a real PostgreSQL and each service as its own process. */
@NullMarked
package org.candour.localstack;

import org.jspecify.annotations.NullMarked;
