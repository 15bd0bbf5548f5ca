/** Classifies raised concerns by the taxonomy, keeps the findings with their evidence and announces them. */
@NullMarked
package org.candour.classification.tagging;

import org.jspecify.annotations.NullMarked;
