/** Notifies the bodies a case is routed to, and records every attempt. */
@NullMarked
package org.candour.delivery;

import org.jspecify.annotations.NullMarked;
