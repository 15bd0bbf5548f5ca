/**
 * Integration events that Candour's services exchange over Kafka: versioned records with no framework
 * dependency, each with a JSON Schema and a golden sample beside it.
 */
@NullMarked
package org.candour.events;

import org.jspecify.annotations.NullMarked;
