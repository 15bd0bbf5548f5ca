/**
 * The parts of a webhook that know nothing of Spring, the database or Kafka: signing secrets and
 * Standard Webhooks signatures, the guard that keeps webhooks from being aimed inside the network,
 * the HTTP client that posts one, the retry schedule, and the redaction of identifiers from what
 * leaves the trust.
 */
@NullMarked
package org.candour.delivery.webhook;

import org.jspecify.annotations.NullMarked;
