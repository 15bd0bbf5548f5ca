/** The JSON API for systems and forms that raise concerns. */
@NullMarked
package org.candour.intake.concern.web;

import org.jspecify.annotations.NullMarked;
