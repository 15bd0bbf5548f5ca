package org.candour.classification.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The one analyzer for both the taxonomy's phrases and the concern's words, so that a phrase matches
 * whatever the text says in any case or inflection ("falls" and "fall", "deteriorated" and "deteriorate").
 * KStem, not Porter: Porter's suffix stripping made "medical" into "medication" and "community" into
 * "communication", so a medical director read as a medicines incident. Stop words are kept on purpose:
 * "not", "no" and "wasn't" carry negation.
 */
final class ConcernAnalyzer extends Analyzer {

    /** Typographic apostrophes become plain ones, so "wasn’t" reads as "wasn't". */
    private static final NormalizeCharMap APOSTROPHES;

    static {
        NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
        apostrophes.add("\u2019", "'");
        apostrophes.add("\u2018", "'");
        apostrophes.add("\u02bc", "'");
        APOSTROPHES = apostrophes.build();
    }

    /**
     * Contractions typed without their apostrophe read as with it, so "didnt" negates as "didn't" does and
     * "dont put it on datix" is "don't put": the words that are never anything else ("cant", "wont" and "its"
     * are kept, being words of their own). "thats", "hes" and "shes" read as the possessive filter leaves
     * "that's", "he's" and "she's".
     */
    private static final CharArrayMap<String> CONTRACTIONS;

    static {
        CharArrayMap<String> contractions = new CharArrayMap<>(32, false);
        for (String negation : new String[] {
            "don't",
            "didn't",
            "doesn't",
            "wasn't",
            "weren't",
            "isn't",
            "aren't",
            "hasn't",
            "haven't",
            "hadn't",
            "couldn't",
            "wouldn't",
            "shouldn't",
            "i'm",
            "i've",
            "they're",
            "we've",
            "they've"
        }) {
            contractions.put(negation.replace("'", ""), negation);
        }
        contractions.put("thats", "that");
        contractions.put("hes", "he");
        contractions.put("shes", "she");
        CONTRACTIONS = CharArrayMap.unmodifiableMap(contractions);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ContractionFilter(stream);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /**
     * Writes a contraction typed without its apostrophe as {@link #CONTRACTIONS} gives it, and marks it a keyword so
     * that KStem leaves it as written. Lucene's {@code StemmerOverrideFilter} does the same through a finite-state
     * transducer, which cost about a twentieth of classifying a 200-word concern (a look-up and a copy of its
     * output at every word) for 21 words; a {@code CharArrayMap} is one hash of the term's characters.
     */
    private static final class ContractionFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        ContractionFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String written = CONTRACTIONS.get(term.buffer(), 0, term.length());
                if (written != null) {
                    term.setEmpty().append(written);
                    keyword.setKeyword(true);
                }
            }
            return true;
        }
    }
}
