package org.candour.classification.tagging;

import java.util.List;

/**
 * Phrases in a concern's description that point to one quality domain for the same reason.
 *
 * @param suggests what the phrases suggest, quoted in the evidence, e.g. {@code medication}
 * @param weight how strongly one matched phrase points to the domain; 1 for an ordinary cue
 * @param phrases whole words to look for, ignoring case; a {@code *} ending a word matches any ending
 */
public record CueGroup(String suggests, double weight, List<String> phrases) {

    public CueGroup {
        phrases = List.copyOf(phrases);
    }
}
