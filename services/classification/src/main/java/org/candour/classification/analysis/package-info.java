/**
 * Reads a concern's words and the reporter's answers and finds what the concern is about, each finding
 * with its evidence and a confidence, by a versioned taxonomy analysed with Lucene.
 */
@NullMarked
package org.candour.classification.analysis;

import org.jspecify.annotations.NullMarked;
