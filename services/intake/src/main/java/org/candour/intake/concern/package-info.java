/** Raising a concern: validating it, keeping it durably, and announcing it with a reference. */
@NullMarked
package org.candour.intake.concern;

import org.jspecify.annotations.NullMarked;
