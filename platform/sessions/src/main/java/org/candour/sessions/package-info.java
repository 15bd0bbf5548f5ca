/**
 * HTTP sessions that their store knows only by the digest of the id the browser holds, so that a copy
 * of the session table gives no working cookie (ADR 0027). Shared by intake and classification, whose
 * sessions are in their PostgreSQL; each configures its own store.
 */
@NullMarked
package org.candour.sessions;

import org.jspecify.annotations.NullMarked;
