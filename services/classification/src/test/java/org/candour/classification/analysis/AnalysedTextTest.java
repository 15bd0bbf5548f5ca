package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.candour.classification.analysis.AnalysedText.Scope;
import org.junit.jupiter.api.Test;

/** The scanning helpers the reading rules share: their reach, their scope's edges and the text's ends. */
class AnalysedTextTest {

    private static AnalysedText analyse(String text) {
        return AnalysedText.of(new ConcernAnalyzer(), text);
    }

    /** The index of a word as written (lower case), so the tests do not depend on which words the analyser keeps. */
    private static int at(AnalysedText text, String word) {
        for (int i = 0; i < text.size; i++) {
            if (text.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not in the text");
    }

    @Test
    void nextReachesExactlyThatManyWordsOn() {
        AnalysedText text = analyse("nurse alpha bravo charlie manager");
        int nurse = at(text, "nurse");
        int manager = at(text, "manager");
        Set<String> managers = Set.of("manager");

        assertThat(text.next(nurse, manager - nurse, managers, Scope.SENTENCE)).isEqualTo(manager);
        assertThat(text.next(nurse, manager - nurse - 1, managers, Scope.SENTENCE))
                .isEqualTo(-1);
        assertThat(text.next(nurse, AnalysedText.ANY_REACH, managers, Scope.SENTENCE))
                .isEqualTo(manager);
    }

    @Test
    void nextFindsTheFirstAndNeverTheStartingWord() {
        AnalysedText text = analyse("manager alpha manager bravo manager");
        Set<String> managers = Set.of("manager");
        int first = at(text, "manager");

        assertThat(text.next(first, AnalysedText.ANY_REACH, managers, Scope.SENTENCE))
                .isEqualTo(first + 2);
        assertThat(text.next(first, 1, managers, Scope.SENTENCE)).isEqualTo(-1);
    }

    @Test
    void nextStopsAtTheEndOfTheSentenceOrClause() {
        AnalysedText text = analyse("nurse alpha, manager. Then nurse bravo manager");
        int nurse = at(text, "nurse");
        Set<String> managers = Set.of("manager");

        assertThat(text.next(nurse, 10, managers, Scope.SENTENCE)).isEqualTo(at(text, "manager"));
        assertThat(text.next(nurse, 10, managers, Scope.CLAUSE)).isEqualTo(-1);
        assertThat(text.next(at(text, "alpha"), 10, Set.of("then"), Scope.SENTENCE))
                .as("the next sentence is out of scope")
                .isEqualTo(-1);
    }

    @Test
    void nextStopsAtTheEndOfTheText() {
        AnalysedText text = analyse("nurse alpha");
        int alpha = at(text, "alpha");

        assertThat(text.next(alpha, AnalysedText.ANY_REACH, Set.of("alpha", "nurse"), Scope.SENTENCE))
                .isEqualTo(-1);
        assertThat(text.next(at(text, "nurse"), 5, Set.of("bravo"), Set.of("alpha"), Scope.CLAUSE))
                .isEqualTo(alpha);
    }

    @Test
    void previousLooksBackWithinReachAndScopeAndStopsAtTheStart() {
        AnalysedText text = analyse("manager alpha bravo nurse. Manager, charlie nurse");
        int firstNurse = at(text, "nurse");
        Set<String> managers = Set.of("manager");

        assertThat(text.previous(firstNurse, 3, managers, Scope.SENTENCE)).isZero();
        assertThat(text.previous(firstNurse, 2, managers, Scope.SENTENCE)).isEqualTo(-1);
        assertThat(text.previous(0, AnalysedText.ANY_REACH, managers, Scope.SENTENCE))
                .as("nothing before the first word")
                .isEqualTo(-1);

        int secondNurse = text.size - 1;
        assertThat(text.word(secondNurse)).isEqualTo("nurse");
        assertThat(text.previous(secondNurse, AnalysedText.ANY_REACH, managers, Scope.SENTENCE))
                .isEqualTo(secondNurse - 2);
        assertThat(text.previous(secondNurse, AnalysedText.ANY_REACH, managers, Scope.CLAUSE))
                .as("the comma ends the clause")
                .isEqualTo(-1);
    }

    @Test
    void anyBetweenIsHalfOpenAndSafeOutsideTheText() {
        AnalysedText text = analyse("nurse alpha manager");
        Set<String> managers = Set.of("manager");
        int manager = at(text, "manager");

        assertThat(text.anyBetween(0, manager, managers)).isFalse();
        assertThat(text.anyBetween(0, manager + 1, managers)).isTrue();
        assertThat(text.anyBetween(manager + 1, manager + 5, managers)).isFalse();
    }
}
