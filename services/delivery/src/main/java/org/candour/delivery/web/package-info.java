/** What every HTTP endpoint of the service shares: errors as RFC 9457 problem details. */
@NullMarked
package org.candour.delivery.web;

import org.jspecify.annotations.NullMarked;
