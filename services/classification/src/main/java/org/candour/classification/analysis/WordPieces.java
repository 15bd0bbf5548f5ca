package org.candour.classification.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenisation, as the tokenizer of all-MiniLM-L6-v2 (from which the word vectors
 * were distilled) does it: control characters dropped, lower case, accents stripped, split at white space
 * and at every punctuation mark and CJK character, then each word cut greedily into the longest pieces
 * the vocabulary has ({@code ##} marks a piece that continues a word). Each word keeps where it stands in
 * the original text, so that evidence quotes the reporter's own words. The distillation tool checks that
 * this gives the model tokenizer's ids on the whole corpus.
 */
public final class WordPieces {

    /** Longer words are one unknown piece, as in the model's tokenizer. */
    private static final int LONGEST_WORD = 100;

    private static final String CONTINUES = "##";

    /**
     * One word of the text and its pieces.
     *
     * @param start where the word starts in the text
     * @param end where it ends (exclusive)
     * @param normalised the word in lower case without accents, as it was cut into pieces
     * @param pieces the vocabulary ids of its pieces
     */
    public record Word(int start, int end, String normalised, int[] pieces) {}

    private final Map<String, Integer> ids;
    private final int unknown;

    private WordPieces(Map<String, Integer> ids) {
        this.ids = ids;
        Integer unk = ids.get("[UNK]");
        if (unk == null) {
            throw new IllegalArgumentException("the word-piece vocabulary has no [UNK]");
        }
        this.unknown = unk;
    }

    /** The vocabulary, one piece a line, its line number (from 0) its id. */
    public static WordPieces read(InputStream vocabulary) {
        Map<String, Integer> ids = new HashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new java.io.InputStreamReader(vocabulary, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                ids.putIfAbsent(line, ids.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word-piece vocabulary", e);
        }
        return new WordPieces(ids);
    }

    /** How many pieces the vocabulary has. */
    public int size() {
        return ids.size();
    }

    /** The text's words, in order, with their pieces. */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                // Dropped, as BERT's cleaning does, without ending the word: a zero-width joiner inside a word
                // leaves one word.
                i = next;
                continue;
            }
            boolean space = isSpace(c);
            boolean alone = !space && (isPunctuation(c) || isCjk(c));
            if (space || alone) {
                if (start >= 0) {
                    add(words, text, start, i);
                    start = -1;
                }
                if (alone) {
                    add(words, text, i, next);
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            add(words, text, start, text.length());
        }
        return words;
    }

    private void add(List<Word> words, String text, int start, int end) {
        String word = normalise(text.substring(start, end));
        if (!word.isEmpty()) {
            words.add(new Word(start, end, word, pieces(word)));
        }
    }

    /** Lower case with accents stripped and the control characters inside the word dropped. */
    private static String normalise(String word) {
        if (word.chars().allMatch(c -> c >= ' ' && c < 0x7F)) {
            // Printable ASCII has no accent to strip: most words of most concerns.
            return word.toLowerCase(Locale.ROOT);
        }
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints()
                .filter(c ->
                        Character.getType(c) != Character.NON_SPACING_MARK && c != 0 && c != 0xFFFD && !isControl(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private int[] pieces(String word) {
        if (word.codePointCount(0, word.length()) > LONGEST_WORD) {
            return new int[] {unknown};
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (end > start) {
                String piece = start == 0 ? word.substring(start, end) : CONTINUES + word.substring(start, end);
                id = ids.get(piece);
                if (id != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (id == null) {
                return new int[] {unknown};
            }
            found.add(id);
            start = end;
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Tab, new line and carriage return are white space, not control characters, as in BERT. */
    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** ASCII symbols count as punctuation, as in BERT, beside Unicode's punctuation classes. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F)
                || (c >= 0x2B740 && c <= 0x2B81F)
                || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
