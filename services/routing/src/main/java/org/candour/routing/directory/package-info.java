/** Keeping the organisation directory current while routing runs, and recording every change. */
@NullMarked
package org.candour.routing.directory;

import org.jspecify.annotations.NullMarked;
