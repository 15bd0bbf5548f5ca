/** Intake: the door through which NHS staff raise concerns. */
@NullMarked
package org.candour.intake;

import org.jspecify.annotations.NullMarked;
