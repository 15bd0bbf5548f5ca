package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.candour.classification.analysis.TaxonomyDefinition.Language;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * A taxonomy compiled for matching: every phrase analysed once, as the text will be, and indexed by its
 * first term and then its second, so that reading a concern is one pass over its terms with a map look-up or
 * two at each, no regular expressions and no backtracking.
 */
public final class Taxonomy {

    private static final Phrase[] NO_PHRASES = new Phrase[0];

    private final String version;
    private final double triageThreshold;
    private final double formAnswerConfidence;
    private final int negationWindow;
    private final Language language;
    private final double fitnessToPractiseThreshold;
    private final double seriousHarmWeight;
    private final double secondaryDomainMinimum;
    private final double secondaryDomainShare;
    private final Map<ConcernSignal, Double> signalMinimums;
    private final double complaintMinimum;
    private final List<TaxonomyDefinition.ImpliedDomain> impliedDomains;
    private final Set<String> functionWords;
    private final Analyzer analyzer = new ConcernAnalyzer();
    private final Map<String, Starting> cues;
    private final Map<String, Starting> negations;
    private final Map<String, Starting> scopeEnds;
    private final Vocabularies vocabularies;

    /**
     * @throws InvalidTaxonomyException naming the entry, if a phrase is blank, has no words or appears
     *     twice in one section, a domain has no cues, a weight or threshold is out of range, or a section
     *     gives cues to a value that is only a fallback (UNKNOWN harm, OTHER category, NOT_STATED, …), or a
     *     vocabulary is missing, unknown, empty, repeats an entry or has one that is not a word as the text is
     *     read (see {@link Vocabularies})
     */
    public Taxonomy(TaxonomyDefinition definition) {
        version = definition.version();
        if (version.isBlank()) {
            throw new InvalidTaxonomyException("\"version\" must not be blank");
        }
        triageThreshold = fraction(definition.triageThreshold(), "triageThreshold");
        formAnswerConfidence = fraction(definition.formAnswerConfidence(), "formAnswerConfidence");
        negationWindow = definition.negation().window();
        if (negationWindow < 1 || negationWindow > 10) {
            throw new InvalidTaxonomyException("negation.window must be from 1 to 10, was " + negationWindow);
        }
        language = definition.language();
        fraction(language.minimumLatinShare(), "language.minimumLatinShare");
        fraction(language.minimumFunctionWordShare(), "language.minimumFunctionWordShare");
        List<String> functionWordsAsWritten = new ArrayList<>();
        for (String word : language.functionWords()) {
            if (word.isBlank() || word.strip().contains(" ")) {
                throw new InvalidTaxonomyException("language.functionWords: \"" + word + "\" must be one word");
            }
            functionWordsAsWritten.add(surface(word.strip()));
        }
        // looked up at every word of a text
        functionWords = WordSet.copyOf(functionWordsAsWritten);
        fitnessToPractiseThreshold = definition.fitnessToPractise().threshold();
        seriousHarmWeight = definition.fitnessToPractise().seriousHarmWeight();
        if (!(fitnessToPractiseThreshold > 0) || !(seriousHarmWeight >= 0)) {
            throw new InvalidTaxonomyException(
                    "fitnessToPractise.threshold must be above 0 and seriousHarmWeight at least 0");
        }

        secondaryDomainMinimum = definition.secondaryDomainMinimum();
        if (!(secondaryDomainMinimum >= 0 && secondaryDomainMinimum <= 10)) {
            throw new InvalidTaxonomyException(
                    "secondaryDomainMinimum must be from 0 to 10, was " + secondaryDomainMinimum);
        }
        secondaryDomainShare = definition.secondaryDomainShare();
        if (!(secondaryDomainShare >= 0 && secondaryDomainShare <= 1)) {
            throw new InvalidTaxonomyException("secondaryDomainShare must be from 0 to 1, was " + secondaryDomainShare);
        }
        signalMinimums = definition.signalMinimums();
        signalMinimums.forEach((signal, minimum) -> {
            if (!(minimum > 0 && minimum <= 10)) {
                throw new InvalidTaxonomyException(
                        "signalMinimums " + signal + " must be above 0 and at most 10, was " + minimum);
            }
        });
        complaintMinimum = definition.complaintMinimum();
        if (!(complaintMinimum > 0 && complaintMinimum <= 10)) {
            throw new InvalidTaxonomyException(
                    "complaintMinimum must be above 0 and at most 10, was " + complaintMinimum);
        }
        for (TaxonomyDefinition.ImpliedDomain implied : definition.impliedDomains()) {
            if (!(implied.weight() > 0 && implied.weight() <= 10)) {
                throw new InvalidTaxonomyException("impliedDomains " + implied.when() + " " + implied.domain()
                        + ": weight must be above 0 and at most 10, was " + implied.weight());
            }
            if (implied.suggests().isBlank()) {
                throw new InvalidTaxonomyException(
                        "impliedDomains " + implied.when() + " " + implied.domain() + " has no \"suggests\"");
            }
        }
        impliedDomains = definition.impliedDomains();

        Map<String, Phrase> phrases = new LinkedHashMap<>();
        if (!definition.domains().keySet().containsAll(EnumSet.allOf(QualityDomain.class))) {
            EnumSet<QualityDomain> missing = EnumSet.allOf(QualityDomain.class);
            missing.removeAll(definition.domains().keySet());
            throw new InvalidTaxonomyException("domains " + missing + " have no cues");
        }
        add(phrases, Kind.DOMAIN, definition.domains());
        add(phrases, Kind.PHYSICAL_HARM, withoutFallback(definition.physicalHarm(), HarmLevel.UNKNOWN, "physicalHarm"));
        add(
                phrases,
                Kind.PSYCHOLOGICAL_HARM,
                withoutFallback(definition.psychologicalHarm(), HarmLevel.UNKNOWN, "psychologicalHarm"));
        add(
                phrases,
                Kind.INCIDENT_CATEGORY,
                withoutFallback(definition.incidentCategories(), IncidentCategory.OTHER, "incidentCategories"));
        add(phrases, Kind.ROLE, definition.roles());
        Map<ProfessionalRole, List<CueGroup>> abbreviations = new LinkedHashMap<>();
        definition
                .abbreviations()
                .forEach((abbreviation, role) -> abbreviations
                        .computeIfAbsent(role, r -> new ArrayList<>())
                        .add(new CueGroup("abbreviation " + abbreviation, 1, List.of(abbreviation))));
        add(phrases, Kind.ROLE, abbreviations);
        add(
                phrases,
                Kind.FITNESS_TO_PRACTISE,
                withoutFallback(
                        definition.fitnessToPractise().cues(), FitnessToPractise.NOT_APPLICABLE, "fitnessToPractise"));
        add(phrases, Kind.COMPLAINT_STATUS, definition.complaintStatus());
        add(phrases, Kind.REPORTER, withoutFallback(definition.reporter(), ReporterStanding.NOT_STATED, "reporter"));
        add(phrases, Kind.SIGNAL, definition.signals());
        cues = index(phrases.values());
        negations = index(single(definition.negation().cues(), "negation.cues"));
        scopeEnds = index(single(definition.negation().scopeEnds(), "negation.scopeEnds"));
        vocabularies = new Vocabularies(definition.vocabularies(), definition.domains(), this::analyse);
    }

    public String version() {
        return version;
    }

    double triageThreshold() {
        return triageThreshold;
    }

    double formAnswerConfidence() {
        return formAnswerConfidence;
    }

    Language language() {
        return language;
    }

    double fitnessToPractiseThreshold() {
        return fitnessToPractiseThreshold;
    }

    double seriousHarmWeight() {
        return seriousHarmWeight;
    }

    double secondaryDomainMinimum() {
        return secondaryDomainMinimum;
    }

    double secondaryDomainShare() {
        return secondaryDomainShare;
    }

    /** The score the signal needs from the words: its minimum, or any cue at all. */
    double signalMinimum(ConcernSignal signal) {
        return signalMinimums.getOrDefault(signal, Double.MIN_VALUE);
    }

    /** The score a complaint status other than NONE needs from the words. */
    double complaintMinimum() {
        return complaintMinimum;
    }

    List<TaxonomyDefinition.ImpliedDomain> impliedDomains() {
        return impliedDomains;
    }

    /** The words the later reading rules look for, built into look-ups when the taxonomy was loaded. */
    Vocabularies vocabularies() {
        return vocabularies;
    }

    /**
     * Whether a word, as written, is an English function word. Compared unstemmed on purpose: stems
     * collide across languages (Porter makes "are" into "ar", which is Welsh for "on").
     */
    boolean isFunctionWord(String word) {
        return functionWords.contains(surface(word));
    }

    private static String surface(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    AnalysedText analyse(String text) {
        return AnalysedText.of(analyzer, text);
    }

    /**
     * Finds every cue in the text in one pass. At each term the longest phrase starting there wins, and
     * a phrase lying wholly inside one already found is not counted again ("no harm" is not also "harm").
     * A cue is negated when a negation ends at most {@code window} terms before it in the same clause
     * (commas, colons, brackets and dashes end one, as sentences do) and no scope end ("but") comes
     * between, unless a topic phrase took the negation in or the negation is an instruction ("not to").
     */
    List<Hit> scan(AnalysedText text) {
        List<Hit> hits = new ArrayList<>();
        int coveredUntil = 0;
        @Nullable Phrase covering = null;
        int negationFrom = -1;
        int negationTo = -1;
        for (int i = 0; i < text.size; i++) {
            String term = text.terms[i];
            if (negationTo >= 0
                    && (text.clauses[i] != text.clauses[negationTo - 1] || i - negationTo >= negationWindow)) {
                negationFrom = -1;
                negationTo = -1;
            }
            Phrase phrase = longestAt(cues, text, i);
            if (phrase != null) {
                int end = i + phrase.terms.length;
                boolean negated = negationTo >= 0 && negationTo <= i;
                if (end > coveredUntil) {
                    int answer = negated ? -1 : answeredNo(text, end);
                    hits.add(
                            answer >= 0
                                    ? new Hit(phrase, i, end, answer, answer + 1, false)
                                    : hit(text, phrase, i, end, negated, negationFrom, negationTo));
                    coveredUntil = end;
                    covering = phrase;
                } else if (covering != null && anotherSignalOnly(phrase, covering)) {
                    // "every care home" says the failure is likely elsewhere; the "care home" inside it still
                    // names another organisation: a signal phrase inside one read for other signals counts too.
                    hits.add(hit(text, phrase, i, end, negated, negationFrom, negationTo));
                }
            }
            if (longestAt(scopeEnds, text, i) != null) {
                negationFrom = -1;
                negationTo = -1;
            }
            Phrase negation = longestAt(negations, text, i);
            if (negation != null
                    && !describesAFailure(phrase, negation)
                    && !instruction(text, i, negation)
                    && !notADenial(text, i, negation)) {
                negationFrom = i;
                negationTo = i + negation.terms.length;
            }
        }
        return hits;
    }

    /**
     * Whether a negation before a cue says an action was not taken rather than denying the cue: "no
     * safeguarding referral was made", "she wasn't referred to safeguarding", "nobody raised a safeguarding
     * alert" tell of a safeguarding concern nobody acted on. An action word between the negation and the cue
     * or right after it makes it so, unless a denial noun follows the cue ("nobody raised any safeguarding
     * concerns") or its clause says the action was not called for ("no safeguarding referral was needed").
     */
    private boolean omission(AnalysedText text, int negationTo, int from, int to) {
        // "no safeguarding referral was needed": a judgement that nothing was called for, not a failure
        for (int j = to; j < Math.min(text.size, to + negationWindow) && text.clauses[j] == text.clauses[from]; j++) {
            if (vocabularies.notNeeded.contains(text.terms[j])) {
                return false;
            }
        }
        if (to < text.size && text.sentences[to] == text.sentences[from]) {
            if (vocabularies.denials.contains(text.terms[to])) {
                return false;
            }
            if (vocabularies.actions.contains(text.terms[to])) {
                return true;
            }
        }
        for (int j = negationTo; j < from; j++) {
            if (vocabularies.actions.contains(text.terms[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the answer is when the cue is a heading answered with nothing, as forms, templates and lists are
     * written ("Safeguarding concerns: none", "Safeguarding - nil", "Safeguarding: no concerns"); else -1. The
     * answer follows a colon or a dash, after at most one denial noun, and ends its clause or is followed by one.
     */
    private int answeredNo(AnalysedText text, int to) {
        int j = to;
        if (j < text.size && vocabularies.denials.contains(text.terms[j]) && text.clauses[j] == text.clauses[to - 1]) {
            j++;
        }
        if (j >= text.size || !vocabularies.noAnswers.contains(text.terms[j])) {
            return -1;
        }
        String gap = text.text.substring(text.ends[j - 1], text.starts[j]);
        if (!(gap.contains(":") || gap.contains(" - ") || gap.contains("\u2013") || gap.contains("\u2014"))) {
            return -1;
        }
        int next = j + 1;
        boolean endsThere = next >= text.size
                || text.clauses[next] != text.clauses[j]
                || vocabularies.denials.contains(text.terms[next]);
        return endsThere ? j : -1;
    }

    /**
     * Whether a topic phrase starting with the negation takes it in: "not told", "no beds" and "not
     * enough staff" say what went wrong, so "we were not told she had died" is still a death.
     */
    private static boolean describesAFailure(@Nullable Phrase phrase, Phrase negation) {
        return phrase != null
                && phrase.terms.length > negation.terms.length
                && phrase.cues.stream().noneMatch(cue -> cue.kind().negatable);
    }

    /**
     * Whether the negation is part of an instruction ("told us not to datix the fall", "asked me not to
     * write it up"): what follows still happened.
     */
    private static boolean instruction(AnalysedText text, int at, Phrase negation) {
        int next = at + negation.terms.length;
        return next < text.size && text.clauses[next] == text.clauses[at] && text.terms[next].equals("to");
    }

    /**
     * Whether the negation, with the word after it, denies nothing of what follows: "no longer do shared care"
     * says shared care stopped, "no doubt she was hit" and "not only was the dose missed" affirm what follows (the words are the vocabulary
     * {@code notDenials}).
     */
    private boolean notADenial(AnalysedText text, int at, Phrase negation) {
        int next = at + negation.terms.length;
        return next < text.size
                && text.clauses[next] == text.clauses[at]
                && vocabularies.notDenials.contains(text.terms[next]);
    }

    /** A cue found at {@code from} to {@code to}, negated by the negation at {@code negationFrom}… when it is. */
    private Hit hit(
            AnalysedText text, Phrase phrase, int from, int to, boolean negated, int negationFrom, int negationTo) {
        return new Hit(
                phrase,
                from,
                to,
                negated ? negationFrom : -1,
                negated ? negationTo : -1,
                negated && omission(text, negationTo, from, to));
    }

    /**
     * Whether the phrase carries only signal cues and the phrase it lies inside carries only cues of other
     * signals: "every care home" (the same failure likely elsewhere) still names a care home (another
     * organisation), while "no harm" is not also "harm".
     */
    private static boolean anotherSignalOnly(Phrase inner, Phrase outer) {
        return !inner.cues.isEmpty()
                && outer.cues.stream().allMatch(cue -> cue.kind() == Kind.SIGNAL)
                && inner.cues.stream()
                        .allMatch(cue -> cue.kind() == Kind.SIGNAL
                                && outer.cues.stream().noneMatch(o -> o.value() == cue.value()));
    }

    private static @Nullable Phrase longestAt(Map<String, Starting> index, AnalysedText text, int at) {
        Starting starting = index.get(text.terms[at]);
        if (starting == null) {
            return null;
        }
        // A phrase is words written together: it does not run on past a sentence end or a line break
        // ("…the patient was hit\nBy the time…" is not "hit by").
        if (at + 1 < text.size && text.sentences[at + 1] == text.sentences[at]) {
            for (Phrase candidate : starting.bySecondTerm().getOrDefault(text.terms[at + 1], NO_PHRASES)) {
                String[] terms = candidate.terms;
                if (at + terms.length > text.size) {
                    continue;
                }
                boolean matches = true;
                for (int k = 2; k < terms.length && matches; k++) {
                    matches = terms[k].equals(text.terms[at + k]) && text.sentences[at + k] == text.sentences[at];
                }
                if (matches) {
                    return candidate;
                }
            }
        }
        return starting.alone();
    }

    private <V extends Enum<V>> void add(Map<String, Phrase> phrases, Kind kind, Map<V, List<CueGroup>> section) {
        Map<String, String> seenInSection = new HashMap<>();
        section.forEach((value, groups) -> {
            if (groups.isEmpty()) {
                throw new InvalidTaxonomyException(kind.section + " " + value + " has no cues");
            }
            for (CueGroup group : groups) {
                String where = kind.section + " " + value + ", group \"" + group.suggests() + "\"";
                if (group.suggests().isBlank()) {
                    throw new InvalidTaxonomyException(kind.section + " " + value + ": a group has no \"suggests\"");
                }
                if (!(group.weight() > 0 && group.weight() <= 10)) {
                    throw new InvalidTaxonomyException(
                            where + ": weight must be above 0 and at most 10, was " + group.weight());
                }
                if (group.phrases().isEmpty()) {
                    throw new InvalidTaxonomyException(where + " has no phrases");
                }
                for (String text : group.phrases()) {
                    String[] terms = terms(text, where);
                    String key = String.join(" ", terms);
                    String earlier = seenInSection.putIfAbsent(key, where + " (\"" + text + "\")");
                    if (earlier != null) {
                        throw new InvalidTaxonomyException(where + ": phrase \"" + text + "\" reads the same as "
                                + earlier + "; a phrase may appear once in " + kind.section);
                    }
                    Phrase phrase = phrases.computeIfAbsent(key, k -> new Phrase(terms, new ArrayList<>()));
                    phrase.cues.add(new Cue(kind, value, group.weight(), group.suggests()));
                }
            }
        });
    }

    private List<Phrase> single(List<String> words, String where) {
        List<Phrase> phrases = new ArrayList<>();
        for (String word : words) {
            phrases.add(new Phrase(terms(word, where), List.of()));
        }
        return phrases;
    }

    private String[] terms(String phrase, String where) {
        if (phrase.isBlank()) {
            throw new InvalidTaxonomyException(where + " has an empty phrase");
        }
        AnalysedText analysed = analyse(phrase);
        if (analysed.size == 0) {
            throw new InvalidTaxonomyException(where + ": phrase \"" + phrase + "\" has no words");
        }
        return Arrays.copyOf(analysed.terms, analysed.size);
    }

    /**
     * The phrases by their first term, and those of more than one term by their second: a common first term ("not",
     * "told") begins hundreds of phrases, nearly all of which the second term rules out. A {@code HashMap}, not
     * {@code Map.copyOf}, for the reason given in {@link WordSet}: it is looked up at every term of every text.
     */
    private static Map<String, Starting> index(Iterable<Phrase> phrases) {
        Map<String, Map<String, List<Phrase>>> longer = new HashMap<>();
        Map<String, Phrase> alone = new HashMap<>();
        for (Phrase phrase : phrases) {
            String first = phrase.terms[0];
            if (phrase.terms.length == 1) {
                alone.putIfAbsent(first, phrase);
            } else {
                longer.computeIfAbsent(first, k -> new HashMap<>())
                        .computeIfAbsent(phrase.terms[1], k -> new ArrayList<>())
                        .add(phrase);
            }
        }
        Set<String> firstTerms = new HashSet<>(alone.keySet());
        firstTerms.addAll(longer.keySet());
        Map<String, Starting> index = new HashMap<>();
        for (String first : firstTerms) {
            Map<String, Phrase[]> bySecondTerm = new HashMap<>();
            longer.getOrDefault(first, Map.of())
                    .forEach((second, candidates) -> bySecondTerm.put(
                            second,
                            candidates.stream()
                                    .sorted(Comparator.comparingInt((Phrase p) -> p.terms.length)
                                            .reversed())
                                    .toArray(Phrase[]::new)));
            index.put(first, new Starting(bySecondTerm, alone.get(first)));
        }
        return index;
    }

    /**
     * The phrases that start with one term: those of more terms by their second, longest first, so that the longest
     * that matches wins, and the term alone when it is a phrase itself.
     */
    private record Starting(
            Map<String, Phrase[]> bySecondTerm, @Nullable Phrase alone) {}

    private static <V extends Enum<V>> Map<V, List<CueGroup>> withoutFallback(
            Map<V, List<CueGroup>> section, V fallback, String name) {
        if (section.containsKey(fallback)) {
            throw new InvalidTaxonomyException(
                    name + " " + fallback + " takes no cues: it is what is left when no other value matches");
        }
        return section;
    }

    private static double fraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidTaxonomyException(name + " must be from 0 to 1, was " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Taxonomy " + version;
    }

    /** The kinds of finding a cue can point to, each with the name of its section in the file. */
    enum Kind {
        DOMAIN("domains", false),
        PHYSICAL_HARM("physicalHarm", true),
        PSYCHOLOGICAL_HARM("psychologicalHarm", true),
        INCIDENT_CATEGORY("incidentCategories", false),
        ROLE("roles", false),
        FITNESS_TO_PRACTISE("fitnessToPractise", true),
        COMPLAINT_STATUS("complaintStatus", true),
        REPORTER("reporter", false),
        SIGNAL("signals", true);

        final String section;

        /**
         * Whether a negation turns the cue off. Topics are not negatable ("not given their insulin" is
         * still about medication); facts are ("he wasn't injured", "I have not complained").
         */
        final boolean negatable;

        Kind(String section, boolean negatable) {
            this.section = section;
            this.negatable = negatable;
        }
    }

    /** What one phrase points to. A phrase can point to several findings: "abuse" to SAFE and PATIENT_ABUSE. */
    record Cue(Kind kind, Enum<?> value, double weight, String suggests) {}

    /** A phrase as analysed terms, with every cue it carries. */
    record Phrase(String[] terms, List<Cue> cues) {}

    /**
     * A phrase found in a text, terms {@code from} to {@code to} (exclusive), negated by the terms
     * {@code negationFrom} to {@code negationTo} unless those are -1 (before it, or after it when a heading is
     * answered "none"); {@code omission} when the negation says an action on it was not taken ("no safeguarding
     * referral"), which a signal still counts.
     */
    record Hit(Phrase phrase, int from, int to, int negationFrom, int negationTo, boolean omission) {
        boolean negated() {
            return negationFrom >= 0;
        }

        /** Whether the negation is the answer after it: "Safeguarding concerns: none" is not about safeguarding. */
        boolean answeredNo() {
            return negationFrom >= to;
        }
    }
}
