package org.candour.classification.analysis;

import java.util.List;

/**
 * Phrases that point to one value of a finding for the same reason.
 *
 * @param suggests what the phrases suggest, quoted in the evidence, e.g. {@code medication}
 * @param weight how strongly one matched phrase points to the value; 1 for an ordinary cue
 * @param phrases words to look for, analysed like the concern's text (any case, any inflection)
 */
public record CueGroup(String suggests, double weight, List<String> phrases) {

    public CueGroup {
        phrases = List.copyOf(phrases);
    }
}
