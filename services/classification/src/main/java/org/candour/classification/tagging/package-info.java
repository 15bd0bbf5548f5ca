/** Tags raised concerns by quality domain and grades their harm, with evidence, by a versioned policy. */
@NullMarked
package org.candour.classification.tagging;

import org.jspecify.annotations.NullMarked;
