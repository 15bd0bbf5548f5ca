/**
 * Keeps the HTTP session in intake's PostgreSQL, each attribute sealed and its id stored only as a
 * digest, so that any replica can continue a reporter's form or follow-up visit and a database dump
 * neither reveals it nor gives a cookie that opens it.
 */
@NullMarked
package org.candour.intake.session;

import org.jspecify.annotations.NullMarked;
