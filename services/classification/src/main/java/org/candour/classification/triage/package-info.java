/** The triage queue: people confirm or correct classifications, each review a new revision with its audit. */
@NullMarked
package org.candour.classification.triage;

import org.jspecify.annotations.NullMarked;
