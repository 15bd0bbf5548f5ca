/**
 * The full case a national body fetches with its own credentials: the case as routed to it and the
 * reporter's description with identifiers redacted. Every fetch is recorded.
 */
@NullMarked
package org.candour.delivery.casefile;

import org.jspecify.annotations.NullMarked;
