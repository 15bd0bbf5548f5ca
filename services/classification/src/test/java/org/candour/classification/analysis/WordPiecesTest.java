package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tokenisation the word vectors were distilled with. The distillation tool checks it against the model's
 * own tokenizer on every corpus text; these fix the cases that check would not show on a shorter corpus.
 */
class WordPiecesTest {

    private static final List<String> VOCABULARY = vocabulary();
    private static final WordPieces PIECES = WordPieces.read(resource());

    private static InputStream resource() {
        return WordPiecesTest.class.getResourceAsStream("/wordvectors/word-pieces.txt");
    }

    private static List<String> vocabulary() {
        try (InputStream in = resource()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pieces(String text) {
        return PIECES.words(text).stream()
                .map(word ->
                        Arrays.stream(word.pieces()).mapToObj(VOCABULARY::get).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void splitsAtSpacesAndPunctuationAndCutsWordsIntoTheLongestPieces() {
        assertThat(pieces("The FY1 didn't escalate, again."))
                .isEqualTo("the | f ##y ##1 | didn | ' | t | es ##cala ##te | , | again | .");
    }

    @Test
    void eachWordKnowsWhereItStandsInTheReportersText() {
        String text = "  Café staff,  NAÏVE";

        assertThat(PIECES.words(text))
                .extracting(word -> text.substring(word.start(), word.end()), WordPieces.Word::normalised)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Café", "cafe"),
                        org.assertj.core.groups.Tuple.tuple("staff", "staff"),
                        org.assertj.core.groups.Tuple.tuple(",", ","),
                        org.assertj.core.groups.Tuple.tuple("NAÏVE", "naive"));
    }

    @Test
    void aControlCharacterInsideAWordIsDroppedWithoutSplittingIt() {
        assertThat(PIECES.words("ward\u200Bround")).hasSize(1);
        assertThat(PIECES.words("ward\u200Bround").getFirst().normalised()).isEqualTo("wardround");
    }

    @Test
    void eachCjkCharacterIsAWordOfItsOwn() {
        assertThat(PIECES.words("病院")).hasSize(2);
    }

    @Test
    void anOverlongWordAndAnUnknownCharacterAreTheUnknownPiece() {
        assertThat(pieces("a".repeat(101))).isEqualTo("[UNK]");
        assertThat(pieces("\uD83D\uDE00")).isEqualTo("[UNK]");
    }

    @Test
    void nothingButSpacesAndControlCharactersHasNoWords() {
        assertThat(PIECES.words(" \t\n\u0000\u200B ")).isEmpty();
        assertThat(PIECES.words("")).isEmpty();
    }
}
