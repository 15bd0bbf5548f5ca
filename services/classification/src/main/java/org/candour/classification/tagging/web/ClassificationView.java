package org.candour.classification.tagging.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.candour.classification.analysis.Findings;
import org.candour.classification.tagging.Classification;
import org.candour.events.ConcernClassifiedV2;
import org.jspecify.annotations.Nullable;

/**
 * A concern's classification as the API shows it: the current revision, exactly as announced in
 * {@code ConcernClassifiedV2} and shown at the top level, and what the classifier found in the first
 * place.
 *
 * @param current the current revision
 * @param findings everything the classifier found, with evidence; null for concerns classified before
 *     the taxonomy
 */
record ClassificationView(
        @JsonUnwrapped ConcernClassifiedV2 current,
        @Nullable Findings findings) {

    static ClassificationView of(Classification classification) {
        return new ClassificationView(classification.current(), classification.findings());
    }
}
