/**
 * A real Kafka broker (KRaft, from the Apache Kafka jars) and a real PostgreSQL server (embedded
 * binaries), started in-process with no Docker, for the local stack and for tests.
 */
@NullMarked
package org.candour.embedded;

import org.jspecify.annotations.NullMarked;
