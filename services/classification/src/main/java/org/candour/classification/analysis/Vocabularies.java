package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.candour.classification.analysis.TaxonomyDefinition.Vocabulary;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * The words the reading rules of {@link Classifier} look for (people at risk and what is done to them, places,
 * kinds of service, records, staff…), from the taxonomy file's {@code vocabularies}: checked and built into
 * look-ups once, when the taxonomy is loaded, so that reading a concern costs what it did when they were
 * constants. Grammar the rules need (determiners, pronouns, auxiliaries, prepositions, numbers) stays in the
 * rules. Every list is compared with the words as written, in lower case, except those of the negation, which are
 * compared by stem as the cues are; each entry must be what the text is read as one word (so "y/o" or
 * "non-verbal", which the text reads as two, are refused).
 */
final class Vocabularies {

    /** How many kinds of service there may be: each is one bit of an int. */
    private static final int MAX_SERVICE_KINDS = 31;

    final Set<String> testWords;
    final Set<String> ignoreWords;
    final Map<QualityDomain, Set<String>> namedInPassing;
    final Set<String> endOfLife;
    final Set<String> gapsThatPutPatientsAtRisk;
    final Set<String> countedEvents;
    final Set<String> countedThisPeriod;
    final Set<String> staffInARatio;
    final Set<String> staffWithACaseload;
    final Set<String> countedAgainstStaff;
    /** Staff named in two words ("health visitor"), in a staffing ratio or with a caseload, by their first word. */
    final Map<String, List<List<String>>> staffInTwoWords;

    final Set<String> spanUnits;
    final Set<String> waits;
    final Set<String> longSpans;
    final Set<String> rateUnits;
    final Set<String> countedPeriods;
    private final Map<String, ServicePhrase[]> services;
    final Set<String> notDone;
    final Set<String> passedOn;
    final Set<String> places;
    final Set<String> otherPlaces;
    final Set<String> beforePlaces;
    /** Places of a kind named in two words ("care homes"), by their first word; see {@link #places}. */
    final Map<String, List<List<String>>> placesInTwoWords;

    final Set<String> sameFailure;
    final Set<String> ordinals;

    /**
     * The second, third or another like event, counted on from others ("the 3rd or 4th time this year", "another
     * fall like this", "the second baby we've lost"): the writer counts it among like events before it. An ordinal
     * in figures or of {@link #ordinals}, perhaps "or" another, one of {@code likeEvents}, then a word that goes
     * on to say when or where ("this", "in", "since", "we", "like"…).
     */
    final Pattern nthOfAKind;

    final Map<String, List<List<String>>> atRisk;
    final Map<String, List<List<String>>> harmed;
    final Set<String> ageWords;

    /**
     * Words after a one-word phrase of {@link #atRisk} that make it an idiom or someone else ("turned a blind eye",
     * "resident doctors"), by that word: the phrases start with it.
     */
    final Map<String, List<List<String>>> notAtRisk;

    /**
     * Words after a one-word phrase of {@link #harmed} that make it something else ("strapped for cash", "tied up"),
     * by that word: the phrases start with it.
     */
    final Map<String, List<List<String>>> notHarmed;
    /** Those of {@link #staffObjects} and those the file lists under {@code staffHarmed}. */
    final Set<String> staffHarmed;

    final Set<String> foundOut;
    final Set<String> sentFor;
    final Set<String> peopleByOrigin;
    final Set<String> remarking;
    final Set<String> signing;
    final Set<String> records;
    final Set<String> recordSaying;
    final Set<String> recordContradicted;
    final Set<String> singlingOut;
    final Set<String> notConduct;
    final Set<String> workingAs;
    final Set<String> staffObjects;
    final Set<String> numbered;
    final Set<String> telling;

    // the words by which the reporter is read as the patient or as acting for them
    final Set<String> helping;
    final Set<String> patientOrFamily;
    final Set<String> asThePatientOrFamily;
    final Set<String> writingFor;
    final Set<String> leave;

    // the words of the concealment, reprisal, closed-culture, safeguarding and fitness-to-practise rules
    final Set<String> injuries;
    /** Harm phrases (of {@link #harmed}) that count only with an injury ({@link #injuries}) within a sentence. */
    final Set<List<String>> unaccounted;

    /**
     * Money and belongings of {@link #harmed}, a harm only when someone's own, or taken, given or gone missing
     * ("takes his cash", "money from patients"), not an organisation's ("to save money").
     */
    final Set<String> money;
    /** Verbs up to three words before a {@link #money} word that say it was taken or handed over. */
    final Set<String> moneyTakenBefore;
    /** Words up to three after a {@link #money} word that say it was taken from someone or went missing. */
    final Set<String> moneyTakenAfter;

    final Set<String> sedatives;
    final Set<String> quiet;
    final Set<String> forQuiet;
    final Set<String> takingAway;
    final Set<String> contactOrBelongings;
    final Set<String> asPunishment;
    final Set<String> instructing;
    final Set<String> reporting;
    final Set<String> making;
    final Set<String> recording;
    final Set<String> notAtTheTime;
    final Set<String> noneRecorded;
    final Set<String> figures;
    final Set<String> looking;
    final Set<String> figuresBelied;
    final Set<String> flattering;
    final Set<String> readByOthers;
    final Set<String> wishing;
    final Set<String> threatenedWork;
    final Set<String> threatenedPeople;
    final Set<String> signingOff;
    final Set<String> offSick;
    final Set<String> spokeUp;
    final Set<String> livelihood;
    final Set<String> doneToReporter;
    final Set<String> remediation;
    final Set<String> remediationPlans;
    final Set<String> notStopped;
    final Set<String> notWorking;
    final Set<String> controlledDrugs;
    final Set<String> goneMissing;
    final Set<String> notTheDrug;
    final Set<String> raisedWith;
    final Set<String> inCharge;
    final Set<String> answeredOrLeft;
    final Set<String> deathToCome;

    // the words by which the negation tells a denial from an omission, compared by stem, in any inflection, as cues are
    /** Words of referring, reporting, alerting and telling: "no safeguarding referral was made" is an omission. */
    final Set<String> actions;
    /** Nouns that, right after a cue, make a negation deny it: "no safeguarding concerns". */
    final Set<String> denials;
    /** Words after a negated action that say it was not called for: "no referral was needed". */
    final Set<String> notNeeded;
    /** Answers of a form or template heading that say there is nothing: "Safeguarding: none". */
    final Set<String> noAnswers;
    /** Words that, right after a negation, make it deny nothing of what follows: "no longer", "no doubt". */
    final Set<String> notDenials;

    /**
     * @param file the vocabularies by name, as the file gives them
     * @param domains the domains' cue groups, which the vocabularies of groups must name
     * @param analyse reads a word as the text will be read
     * @throws InvalidTaxonomyException naming the vocabulary and the entry, if one the rules use is missing, one
     *     is unknown, a list is empty, an entry is blank, repeated or not one word as the text is read, or a
     *     group is not one of its domain's
     */
    Vocabularies(
            Map<String, Vocabulary> file,
            Map<QualityDomain, List<CueGroup>> domains,
            Function<String, AnalysedText> analyse) {
        Reader read = new Reader(file, domains, analyse);
        testWords = read.words("testWords");
        ignoreWords = read.words("ignoreWords");
        namedInPassing = read.groups("namedInPassing", EnumSet.allOf(QualityDomain.class));
        endOfLife = read.groups("endOfLife", EnumSet.of(QualityDomain.EXPERIENCE))
                .getOrDefault(QualityDomain.EXPERIENCE, Set.of());
        gapsThatPutPatientsAtRisk = read.groups("gapsThatPutPatientsAtRisk", EnumSet.of(QualityDomain.SUSTAINABLE))
                .getOrDefault(QualityDomain.SUSTAINABLE, Set.of());
        countedEvents = read.words("countedEvents");
        countedThisPeriod = read.words("countedThisPeriod");
        staffInARatio = read.words("staffInARatio");
        staffWithACaseload = read.words("staffWithACaseload");
        countedAgainstStaff = read.words("countedAgainstStaff");
        staffInTwoWords = read.phrases("staffInTwoWords");
        spanUnits = read.words("spanUnits");
        waits = read.words("waits");
        longSpans = read.words("longSpans");
        rateUnits = read.words("rateUnits");
        countedPeriods = read.words("countedPeriods");
        services = read.services("services");
        notDone = read.words("notDone");
        passedOn = read.words("passedOn");
        places = read.words("places");
        otherPlaces = read.words("otherPlaces");
        beforePlaces = read.words("beforePlaces");
        placesInTwoWords = read.phrases("placesInTwoWords");
        sameFailure = read.words("sameFailure");
        List<String> ordinalWords = read.wordList("ordinals");
        ordinals = WordSet.copyOf(ordinalWords);
        nthOfAKind = Pattern.compile("(?i)\\b(?:\\d+(?:st|nd|rd|th)|" + alternatives(ordinalWords)
                + ")\\s+(?:or\\s+\\S+\\s+)?(?:" + alternatives(read.phraseList("likeEvents"))
                + ")\\s+(?:this|in|since|we|I|that|now|like)\\b");
        atRisk = read.phrases("atRisk");
        harmed = read.phrases("harmed");
        ageWords = read.words("ageWords");
        notAtRisk = read.phrases("notAtRisk");
        exceptionsOf("notAtRisk", notAtRisk, "atRisk", atRisk);
        notHarmed = read.phrases("notHarmed");
        exceptionsOf("notHarmed", notHarmed, "harmed", harmed);
        staffObjects = read.words("staffObjects");
        Set<String> harmedStaff = new HashSet<>(staffObjects);
        harmedStaff.addAll(read.words("staffHarmed"));
        staffHarmed = WordSet.copyOf(harmedStaff);
        foundOut = read.words("foundOut");
        sentFor = read.words("sentFor");
        peopleByOrigin = read.words("peopleByOrigin");
        remarking = read.words("remarking");
        signing = read.words("signing");
        records = read.words("records");
        recordSaying = read.words("recordSaying");
        recordContradicted = read.words("recordContradicted");
        singlingOut = read.words("singlingOut");
        notConduct = read.words("notConduct");
        workingAs = read.words("workingAs");
        numbered = read.words("numbered");
        telling = read.words("telling");
        helping = read.words("helping");
        patientOrFamily = read.words("patientOrFamily");
        asThePatientOrFamily = read.words("asThePatientOrFamily");
        writingFor = read.words("writingFor");
        leave = read.words("leave");
        injuries = read.words("injuries");
        List<List<String>> unaccountedPhrases = read.orderedPhrases("unaccounted");
        for (List<String> phrase : unaccountedPhrases) {
            if (!harmed.getOrDefault(phrase.getFirst(), List.of()).contains(phrase)) {
                throw new InvalidTaxonomyException("vocabularies unaccounted: \"" + String.join(" ", phrase)
                        + "\" is not one of harmed, which it qualifies");
            }
        }
        unaccounted = Set.copyOf(unaccountedPhrases);
        money = read.words("money");
        for (String word : money) {
            if (!harmed.getOrDefault(word, List.of()).contains(List.of(word))) {
                throw new InvalidTaxonomyException(
                        "vocabularies money: \"" + word + "\" is not one of harmed, which it qualifies");
            }
        }
        moneyTakenBefore = read.words("moneyTakenBefore");
        moneyTakenAfter = read.words("moneyTakenAfter");
        sedatives = read.words("sedatives");
        quiet = read.words("quiet");
        forQuiet = read.words("forQuiet");
        takingAway = read.words("takingAway");
        contactOrBelongings = read.words("contactOrBelongings");
        asPunishment = read.words("asPunishment");
        instructing = read.words("instructing");
        reporting = read.words("reporting");
        making = read.words("making");
        recording = read.words("recording");
        notAtTheTime = read.words("notAtTheTime");
        noneRecorded = read.words("noneRecorded");
        figures = read.words("figures");
        looking = read.words("looking");
        figuresBelied = read.words("figuresBelied");
        flattering = read.words("flattering");
        readByOthers = read.words("readByOthers");
        wishing = read.words("wishing");
        threatenedWork = read.words("threatenedWork");
        threatenedPeople = read.words("threatenedPeople");
        signingOff = read.words("signingOff");
        offSick = read.words("offSick");
        spokeUp = read.words("spokeUp");
        livelihood = read.words("livelihood");
        doneToReporter = read.words("doneToReporter");
        remediation = read.words("remediation");
        remediationPlans = read.words("remediationPlans");
        notStopped = read.words("notStopped");
        notWorking = read.words("notWorking");
        controlledDrugs = read.words("controlledDrugs");
        goneMissing = read.words("goneMissing");
        notTheDrug = read.words("notTheDrug");
        raisedWith = read.words("raisedWith");
        inCharge = read.words("inCharge");
        answeredOrLeft = read.words("answeredOrLeft");
        deathToCome = read.words("deathToCome");
        actions = read.stems("actions");
        denials = read.stems("denials");
        notNeeded = read.stems("notNeeded");
        noAnswers = read.stems("noAnswers");
        notDenials = read.stems("notDenials");
        // What the rules read is what the file may hold: any other name is a misspelling or a list no rule reads.
        Set<String> unknown = new TreeSet<>(file.keySet());
        unknown.removeAll(read.used);
        if (!unknown.isEmpty()) {
            throw new InvalidTaxonomyException("unknown vocabularies " + unknown + "; known: " + read.used);
        }
    }

    /**
     * Checks that each phrase of an exception goes on from a one-word phrase of the list it excepts ("blind eye" from
     * "blind"): only there is it read, so any other would never count.
     *
     * @throws InvalidTaxonomyException naming the phrase, if it is one word or its first word is not a phrase of the
     *     list
     */
    private static void exceptionsOf(
            String name, Map<String, List<List<String>>> exceptions, String of, Map<String, List<List<String>>> list) {
        exceptions.forEach((first, phrases) -> {
            for (List<String> phrase : phrases) {
                if (phrase.size() < 2 || !list.getOrDefault(first, List.of()).contains(List.of(first))) {
                    throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + String.join(" ", phrase)
                            + "\" must be a one-word phrase of " + of + " and the words after it");
                }
            }
        });
    }

    /** The words or phrases as alternatives of a regular expression, each as written, in the order given. */
    private static String alternatives(List<String> phrases) {
        return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * The kind of service (one bit, by its place in the file) the words from {@code i} name, or 0: the first phrase
     * of {@code services} that starts there.
     */
    int serviceAt(AnalysedText text, int i) {
        ServicePhrase[] candidates = services.get(text.word(i));
        if (candidates == null) {
            return 0;
        }
        for (ServicePhrase phrase : candidates) {
            if (phrase.matches(text, i)) {
                return phrase.kind;
            }
        }
        return 0;
    }

    /**
     * A phrase naming a kind of service: its words after the first in lower case, whether each is only a beginning
     * ("nurs*"), the marks that must follow each word as written ("&" after the "A" of "A&E", or null), and the
     * capitals the first word must be written with ("GP", or empty).
     */
    private record ServicePhrase(
            String[] words, boolean[] prefix, @Nullable String[] joiners, String capitals, int kind) {

        boolean matches(AnalysedText text, int at) {
            if (!capitals.isEmpty() && !text.text.startsWith(capitals, text.starts[at])) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                String word = text.word(at + k);
                if (prefix[k] ? !word.startsWith(words[k]) : !word.equals(words[k])) {
                    return false;
                }
                String joiner = joiners[k - 1];
                if (joiner != null && !text.text.startsWith(joiner, text.ends[at + k - 1])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads the vocabularies of the file one by one, remembering which were read. */
    private static final class Reader {

        private final Map<String, Vocabulary> file;
        private final Map<QualityDomain, List<CueGroup>> domains;
        private final Function<String, AnalysedText> analyse;
        private final Set<String> used = new LinkedHashSet<>();

        Reader(
                Map<String, Vocabulary> file,
                Map<QualityDomain, List<CueGroup>> domains,
                Function<String, AnalysedText> analyse) {
            this.file = file;
            this.domains = domains;
            this.analyse = analyse;
        }

        private Vocabulary vocabulary(String name, String form) {
            used.add(name);
            Vocabulary vocabulary = file.get(name);
            if (vocabulary == null) {
                throw new InvalidTaxonomyException(
                        "vocabularies \"" + name + "\" is missing: the reading rules use it");
            }
            if (!vocabulary.form().equals(form)) {
                throw new InvalidTaxonomyException("vocabularies " + name + " must be given as \"" + form + "\", not \""
                        + vocabulary.form() + "\"");
            }
            if (vocabulary.entries().isEmpty() && vocabulary.lists().isEmpty()) {
                throw new InvalidTaxonomyException("vocabularies " + name + " is empty");
            }
            return vocabulary;
        }

        /** Single words, in lower case. */
        Set<String> words(String name) {
            return WordSet.copyOf(wordList(name));
        }

        /**
         * Single words as their stems: each compared with the concern's words in any inflection ("referred",
         * "referral" and "refer" read alike), as the cues are, not as written.
         */
        Set<String> stems(String name) {
            Set<String> stems = new HashSet<>();
            for (String word : wordList(name)) {
                stems.add(analyse.apply(word).terms[0]);
            }
            return WordSet.copyOf(stems);
        }

        /** Single words, in lower case, in the order given. */
        List<String> wordList(String name) {
            List<String> words = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String entry : vocabulary(name, "words").entries()) {
                String word = entry.strip().toLowerCase(Locale.ROOT);
                oneWord(name, entry, word);
                if (!seen.add(word)) {
                    throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + entry + "\" appears twice");
                }
                words.add(word);
            }
            return words;
        }

        /** Phrases of words as written, in lower case, one space between words, in the order given. */
        List<String> phraseList(String name) {
            List<String> phrases = new ArrayList<>();
            for (List<String> words : orderedPhrases(name)) {
                phrases.add(String.join(" ", words));
            }
            return phrases;
        }

        /** Phrases of words as written, by their first word, in the order given; apostrophes made plain. */
        Map<String, List<List<String>>> phrases(String name) {
            Map<String, List<List<String>>> byFirst = new HashMap<>();
            for (List<String> words : orderedPhrases(name)) {
                byFirst.computeIfAbsent(words.getFirst(), w -> new ArrayList<>())
                        .add(words);
            }
            Map<String, List<List<String>>> index = new HashMap<>();
            byFirst.forEach((first, phrases) -> index.put(first, List.copyOf(phrases)));
            // not Map.copyOf: looked up at every word of a text, and its look-up divides (see WordSet)
            return Collections.unmodifiableMap(index);
        }

        /** Each phrase as its words, in the order given. */
        private List<List<String>> orderedPhrases(String name) {
            List<List<String>> phrases = new ArrayList<>();
            Set<List<String>> seen = new HashSet<>();
            for (String entry : vocabulary(name, "phrases").entries()) {
                String phrase = entry.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                blank(name, entry, phrase);
                List<String> words = List.of(phrase.split("\\s+"));
                for (String word : words) {
                    oneWord(name, entry, word);
                }
                if (!seen.add(words)) {
                    throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + entry + "\" appears twice");
                }
                phrases.add(words);
            }
            return phrases;
        }

        /** Group names ("suggests") by domain, each one of that domain's groups. */
        Map<QualityDomain, Set<String>> groups(String name, Set<QualityDomain> allowed) {
            Map<QualityDomain, Set<String>> groups = new EnumMap<>(QualityDomain.class);
            vocabulary(name, "groups").lists().forEach((domainName, list) -> {
                QualityDomain domain = Arrays.stream(QualityDomain.values())
                        .filter(d -> d.name().equals(domainName) && allowed.contains(d))
                        .findFirst()
                        .orElseThrow(() -> new InvalidTaxonomyException("vocabularies " + name + ": unknown domain \""
                                + domainName + "\"; allowed: " + allowed));
                Set<String> known = domains.getOrDefault(domain, List.of()).stream()
                        .map(CueGroup::suggests)
                        .collect(Collectors.toSet());
                if (list.isEmpty()) {
                    throw new InvalidTaxonomyException("vocabularies " + name + " " + domain + " is empty");
                }
                Set<String> named = new HashSet<>();
                for (String group : list) {
                    blank(name, group, group);
                    if (!known.contains(group)) {
                        throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + group
                                + "\" is not what any group of domains " + domain + " suggests");
                    }
                    if (!named.add(group)) {
                        throw new InvalidTaxonomyException(
                                "vocabularies " + name + ": \"" + group + "\" appears twice");
                    }
                }
                groups.put(domain, Set.copyOf(named));
            });
            return groups;
        }

        /**
         * Phrases by kind of service, by their first word. A first word written with capitals ("GP", "A&E") must
         * be written with them; a later word ending in "*" is only a beginning ("district nurs*"); marks between
         * the words of one part ("&" in "A&E") must follow the word as written.
         */
        Map<String, ServicePhrase[]> services(String name) {
            Map<String, List<ServicePhrase>> byFirst = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Map<String, List<String>> kinds = vocabulary(name, "kinds").lists();
            if (kinds.size() > MAX_SERVICE_KINDS) {
                throw new InvalidTaxonomyException(
                        "vocabularies " + name + " has " + kinds.size() + " kinds; at most " + MAX_SERVICE_KINDS);
            }
            int bit = 1;
            for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
                if (kind.getKey().isBlank() || kind.getValue().isEmpty()) {
                    throw new InvalidTaxonomyException("vocabularies " + name + " \"" + kind.getKey() + "\" is empty");
                }
                for (String entry : kind.getValue()) {
                    blank(name, entry, entry);
                    ServicePhrase phrase = servicePhrase(name, entry, bit);
                    if (!seen.add(entry.strip().replaceAll("\\s+", " "))) {
                        throw new InvalidTaxonomyException(
                                "vocabularies " + name + ": \"" + entry + "\" appears twice");
                    }
                    byFirst.computeIfAbsent(phrase.words()[0], w -> new ArrayList<>())
                            .add(phrase);
                }
                bit <<= 1;
            }
            Map<String, ServicePhrase[]> index = new HashMap<>();
            byFirst.forEach((first, phrases) -> index.put(first, phrases.toArray(ServicePhrase[]::new)));
            // not Map.copyOf: looked up at every word of a text, and its look-up divides (see WordSet)
            return Collections.unmodifiableMap(index);
        }

        private ServicePhrase servicePhrase(String name, String entry, int kind) {
            List<String> words = new ArrayList<>();
            List<Boolean> prefix = new ArrayList<>();
            List<@Nullable String> joiners = new ArrayList<>();
            String capitals = "";
            String[] parts = entry.strip().split("\\s+");
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p];
                boolean beginning = part.endsWith("*");
                if (beginning) {
                    part = part.substring(0, part.length() - 1);
                    if (p == 0) {
                        throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + entry
                                + "\": only a word after the first may end in \"*\"");
                    }
                    oneWord(name, entry, part.toLowerCase(Locale.ROOT));
                }
                AnalysedText read = analyse.apply(part);
                if (read.size == 0 || read.starts[0] != 0 || read.ends[read.size - 1] != part.length()) {
                    throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + entry
                            + "\" is not words as the text is read (\"" + part + "\")");
                }
                if (p == 0) {
                    String first = read.surface(0);
                    int caps = 0;
                    while (caps < first.length() && Character.isUpperCase(first.charAt(caps))) {
                        caps++;
                    }
                    capitals = first.substring(0, caps);
                }
                for (int t = 0; t < read.size; t++) {
                    if (!words.isEmpty()) {
                        // a space between parts asks nothing of what is between the words; a mark inside one does
                        joiners.add(t == 0 ? null : part.substring(read.ends[t - 1], read.starts[t]));
                    }
                    words.add(read.word(t));
                    prefix.add(beginning);
                }
            }
            boolean[] prefixes = new boolean[prefix.size()];
            for (int k = 0; k < prefixes.length; k++) {
                prefixes[k] = prefix.get(k);
            }
            return new ServicePhrase(
                    words.toArray(String[]::new), prefixes, joiners.toArray(String[]::new), capitals, kind);
        }

        private void oneWord(String name, String entry, String word) {
            blank(name, entry, word);
            AnalysedText read = analyse.apply(word);
            if (read.size != 1 || read.starts[0] != 0 || read.ends[0] != word.length()) {
                List<String> asRead = new ArrayList<>();
                for (int i = 0; i < read.size; i++) {
                    asRead.add(read.surface(i));
                }
                throw new InvalidTaxonomyException("vocabularies " + name + ": \"" + entry
                        + "\" is not one word as the text is read (it reads as " + asRead
                        + "); a concern's words are compared one by one");
            }
        }

        private static void blank(String name, String entry, String what) {
            if (what.isBlank()) {
                throw new InvalidTaxonomyException("vocabularies " + name + " has an empty entry (\"" + entry + "\")");
            }
        }
    }
}
