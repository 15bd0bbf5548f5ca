/** The audit timeline of a concern: how it was classified and where it was routed, and why, in order. */
@NullMarked
package org.candour.routing.timeline;

import org.jspecify.annotations.NullMarked;
