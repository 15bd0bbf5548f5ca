package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void holdsExactlyItsWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("word" + i);
        }
        WordSet set = WordSet.copyOf(words);

        assertThat(set).hasSize(500).containsExactlyInAnyOrderElementsOf(words);
        assertThat(words).allMatch(set::contains);
        assertThat(set.contains("word500")).isFalse();
        assertThat(set.contains("")).isFalse();
        assertThat(set.contains(42)).isFalse();
    }

    @Test
    void smallAndEmptySetsAndRepeatedWords() {
        assertThat(WordSet.of()).isEmpty();
        assertThat(WordSet.of().contains("the")).isFalse();
        assertThat(WordSet.of("the")).containsExactly("the");
        assertThat(WordSet.of("a", "the", "a")).hasSize(2).contains("a", "the").doesNotContain("an");
        // "Aa" and "BB" share a hash code: both are found
        assertThat(WordSet.of("Aa", "BB")).contains("Aa", "BB").doesNotContain("Ab");
    }
}
