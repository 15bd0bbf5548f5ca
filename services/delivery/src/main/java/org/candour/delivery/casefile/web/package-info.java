/** The HTTP API through which a national body fetches the full case it was notified of. */
@NullMarked
package org.candour.delivery.casefile.web;

import org.jspecify.annotations.NullMarked;
