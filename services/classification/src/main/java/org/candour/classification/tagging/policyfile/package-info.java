/** Reads the tagging policy that quality leads write as JSON, and fails start-up when it is not valid. */
@NullMarked
package org.candour.classification.tagging.policyfile;

import org.jspecify.annotations.NullMarked;
