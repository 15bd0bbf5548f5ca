/** The delivery log, resend and replay, for the body that owns the endpoint. */
@NullMarked
package org.candour.delivery.sending.web;

import org.jspecify.annotations.NullMarked;
