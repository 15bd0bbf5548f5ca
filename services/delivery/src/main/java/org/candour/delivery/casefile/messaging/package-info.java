/** Turns intake's raised-concern events into redacted summaries. */
@NullMarked
package org.candour.delivery.casefile.messaging;

import org.jspecify.annotations.NullMarked;
