package org.candour.classification.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * A text as analysed terms, each with its offsets in the original (to quote it as written) and the
 * number of its sentence and clause (negation does not reach across either).
 */
final class AnalysedText {

    private static final String SENTENCE_ENDS = ".!?;\n";

    /**
     * Marks that end a clause but not a sentence: a negation does not reach past them. Bullets and bars
     * separate the items of a list written on one line ("no obs since 2am • bruising on both wrists").
     */
    private static final String CLAUSE_ENDS = ",:()\u2013\u2014\u2022\u2023\u25e6\u25aa\u00b7|";

    /**
     * A run of white space, which a quote collapses to one space. Compiled once: {@code String.replaceAll} compiled
     * it again for every cue quoted, an eighth of a classification's allocation.
     */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    final String text;
    final String[] terms;
    final int[] starts;
    final int[] ends;
    final int[] sentences;
    /** The number of each term's clause: sentences split further at commas, colons, brackets, dashes and bullets. */
    final int[] clauses;

    /** Each term's word as written, in lower case: read by many rules, so made once. */
    private final String[] words;

    private int @Nullable [] sentenceStarts;

    final int size;

    private AnalysedText(
            String text, String[] terms, int[] starts, int[] ends, int[] sentences, int[] clauses, int size) {
        this.text = text;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.sentences = sentences;
        this.clauses = clauses;
        this.size = size;
        this.words = new String[size];
        for (int i = 0; i < size; i++) {
            words[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        }
    }

    static AnalysedText of(Analyzer analyzer, String text) {
        int capacity = Math.max(16, text.length() / 5);
        String[] terms = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] sentences = new int[capacity];
        int[] clauses = new int[capacity];
        int size = 0;
        int sentence = 0;
        int clause = 0;
        int previousEnd = 0;
        try (TokenStream stream = analyzer.tokenStream("description", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (size == terms.length) {
                    int grown = size * 2;
                    terms = Arrays.copyOf(terms, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    sentences = Arrays.copyOf(sentences, grown);
                    clauses = Arrays.copyOf(clauses, grown);
                }
                int start = offset.startOffset();
                boolean newClause = false;
                for (int i = previousEnd; i < start; i++) {
                    char between = text.charAt(i);
                    if (SENTENCE_ENDS.indexOf(between) >= 0) {
                        sentence++;
                        newClause = true;
                        break;
                    }
                    newClause |= CLAUSE_ENDS.indexOf(between) >= 0 || (between == '-' && i > previousEnd);
                }
                if (newClause) {
                    clause++;
                }
                terms[size] = term.toString();
                starts[size] = start;
                ends[size] = offset.endOffset();
                sentences[size] = sentence;
                clauses[size] = clause;
                previousEnd = offset.endOffset();
                size++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return new AnalysedText(text, terms, starts, ends, sentences, clauses, size);
    }

    /** The original words of tokens {@code from} to {@code to} (exclusive), spaces collapsed. */
    String quote(int from, int to) {
        return WHITE_SPACE.matcher(text.substring(starts[from], ends[to - 1])).replaceAll(" ");
    }

    /** The word as written. */
    String surface(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** The word as written, in lower case; empty outside the text, so rules may look around without a check. */
    String word(int index) {
        return index >= 0 && index < size ? words[index] : "";
    }

    /** The index of each sentence's first word, and then the number of words; made once, on first use. */
    int[] sentenceStarts() {
        int[] starts = sentenceStarts;
        if (starts == null) {
            int[] found = new int[size + 1];
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || sentences[i] != sentences[i - 1]) {
                    found[count++] = i;
                }
            }
            found[count++] = size;
            starts = Arrays.copyOf(found, count);
            sentenceStarts = starts;
        }
        return starts;
    }

    /** The stretch of text a look from one word stays in: its sentence, or the clause of it. */
    enum Scope {
        SENTENCE,
        CLAUSE
    }

    /** A reach that stops only at the end of the scope. */
    static final int ANY_REACH = Integer.MAX_VALUE;

    /**
     * The index of the first word after {@code from}, at most {@code reach} words on and in the same scope, that is
     * one of these, or -1. The rules read "from this word, a word of that set up to so many words on" in many
     * places; one loop keeps their reach and boundary alike.
     */
    int next(int from, int reach, Set<String> these, Scope scope) {
        int[] parts = scope == Scope.CLAUSE ? clauses : sentences;
        for (int k = from + 1; k < size && k - from <= reach && parts[k] == parts[from]; k++) {
            if (these.contains(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /** As {@link #next(int, int, Set, Scope)}, for a word of either set. */
    int next(int from, int reach, Set<String> these, Set<String> orThese, Scope scope) {
        int[] parts = scope == Scope.CLAUSE ? clauses : sentences;
        for (int k = from + 1; k < size && k - from <= reach && parts[k] == parts[from]; k++) {
            if (these.contains(words[k]) || orThese.contains(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The index of the nearest word before {@code from}, at most {@code reach} words back and in the same scope,
     * that is one of these, or -1.
     */
    int previous(int from, int reach, Set<String> these, Scope scope) {
        int[] parts = scope == Scope.CLAUSE ? clauses : sentences;
        for (int k = from - 1; k >= 0 && from - k <= reach && parts[k] == parts[from]; k--) {
            if (these.contains(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Whether any word from {@code from} to {@code to} (exclusive) is one of these. */
    boolean anyBetween(int from, int to, Set<String> these) {
        for (int k = from; k < to; k++) {
            if (these.contains(word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word, as written in lower case, is one of these. */
    boolean hasAny(Set<String> these) {
        for (String word : words) {
            if (these.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the term is a word (has a letter) rather than a number or a symbol. */
    boolean isWord(int index) {
        String term = terms[index];
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
