/** What routing hears back from delivery: that a case reached the body it was routed to. */
@NullMarked
package org.candour.routing.delivered;

import org.jspecify.annotations.NullMarked;
