/**
 * The concerns intake has raised, and the classifications parked until their concern's raising comes: routing
 * routes only classifications of raised concerns.
 */
@NullMarked
package org.candour.routing.raised;

import org.jspecify.annotations.NullMarked;
