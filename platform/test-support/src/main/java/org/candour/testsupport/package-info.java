/**
 * Real infrastructure for integration tests: a Kafka broker and PostgreSQL, embedded when there is
 * no Docker, from Testcontainers when there is.
 */
@NullMarked
package org.candour.testsupport;

import org.jspecify.annotations.NullMarked;
