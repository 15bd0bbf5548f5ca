/** The handling team's questions API. */
@NullMarked
package org.candour.intake.followup.web;

import org.jspecify.annotations.NullMarked;
