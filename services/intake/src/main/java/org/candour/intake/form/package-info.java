/**
 * The concern form staff fill in: server-rendered pages of the NHS.UK design system, one question
 * per page where that helps, that work with JavaScript turned off.
 */
@NullMarked
package org.candour.intake.form;

import org.jspecify.annotations.NullMarked;
