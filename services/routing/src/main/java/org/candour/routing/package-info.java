/** Routing: deciding which bodies must act on a concern, and why. */
@NullMarked
package org.candour.routing;

import org.jspecify.annotations.NullMarked;
