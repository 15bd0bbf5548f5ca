/** Read-only HTTP access to the classifications made. */
@NullMarked
package org.candour.classification.tagging.web;

import org.jspecify.annotations.NullMarked;
