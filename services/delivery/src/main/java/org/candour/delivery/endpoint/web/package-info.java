/** The HTTP API through which a national body manages its webhook endpoints. */
@NullMarked
package org.candour.delivery.endpoint.web;

import org.jspecify.annotations.NullMarked;
