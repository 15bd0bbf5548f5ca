/** Reads the taxonomy that quality leads write as JSON, and fails start-up when it is not valid. */
@NullMarked
package org.candour.classification.analysis.taxonomyfile;

import org.jspecify.annotations.NullMarked;
