/** Routing a classified concern: one case per destination body, persisted with its reasons and announced. */
@NullMarked
package org.candour.routing.cases;

import org.jspecify.annotations.NullMarked;
