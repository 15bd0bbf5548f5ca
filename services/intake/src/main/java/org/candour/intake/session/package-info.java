/**
 * Keeps the HTTP session in intake's PostgreSQL, each attribute sealed, so that any replica can
 * continue a reporter's form or follow-up visit and a database dump reveals none of it.
 */
@NullMarked
package org.candour.intake.session;

import org.jspecify.annotations.NullMarked;
