/**
 * The reporter's follow-up pages (signed in with the reference and the receipt code or email) and
 * the handling team's questions API.
 */
@NullMarked
package org.candour.intake.followup.web;

import org.jspecify.annotations.NullMarked;
