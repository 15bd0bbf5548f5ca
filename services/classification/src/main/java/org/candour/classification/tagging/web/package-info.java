/** Read-only HTTP access to the classifications made, and the problem details of the whole API. */
@NullMarked
package org.candour.classification.tagging.web;

import org.jspecify.annotations.NullMarked;
