/** The concerns intake has raised: routing routes only classifications of these. */
@NullMarked
package org.candour.routing.raised;

import org.jspecify.annotations.NullMarked;
