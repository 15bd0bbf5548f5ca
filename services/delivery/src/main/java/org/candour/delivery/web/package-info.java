/**
 * What every HTTP endpoint of the service shares: errors as RFC 9457 problem details, the size limit,
 * and the national-body check of the bodies' API.
 */
@NullMarked
package org.candour.delivery.web;

import org.jspecify.annotations.NullMarked;
