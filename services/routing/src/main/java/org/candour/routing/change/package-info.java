/** Changing the routing policy safely: what a candidate version would change, before it is switched on. */
@NullMarked
package org.candour.routing.change;

import org.jspecify.annotations.NullMarked;
