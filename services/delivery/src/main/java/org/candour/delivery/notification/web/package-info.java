/** Read-only HTTP API over recorded notifications. */
@NullMarked
package org.candour.delivery.notification.web;

import org.jspecify.annotations.NullMarked;
