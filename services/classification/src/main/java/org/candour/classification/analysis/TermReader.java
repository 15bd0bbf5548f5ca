package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * A second reader of the reach and urgency signals, of whether a registrant's fitness to practise may be in
 * question, of which quality domains a concern touches besides its primary, and of the harm where the form leaves
 * it to the words (ADR 0036), learnt from the labelled corpus by the concern's terms (ADR 0030). For each thing it
 * reads, a logistic model weighs the words and word pairs of the concern (as the taxonomy analyses them: stemmed,
 * stop words kept, so "not safe" is a pair of its own)
 * together with what the rules found for that thing, and keeps, drops or adds it. The rules read the cues a
 * quality lead listed; this reads the many smaller cues the corpus shows, so a safeguarding concern told without
 * the word "safeguarding" is found, and a cue the rest of the text does not bear out is dropped.
 *
 * <ul>
 *   <li>A signal the model has no weights for stands as the rules found it.
 *   <li>Fitness to practise is read only where the rules found a registered professional.
 *   <li>The primary domain is not read here: the domain reader (ADR 0028), which reads the concern as a whole,
 *       chose it better; this reads whether each other domain is touched too.
 * </ul>
 *
 * <p>It also reads which destinations the concern reads like: for the destinations it has a model of, whether
 * the corpus's writers sent concerns worded like this one there, more likely than not. That is no finding of the
 * concern, only a reading of its words that routing weighs beside the findings (ADR 0031).
 *
 * <p>What it adds or changes carries as evidence the reporter's words that weigh most toward it. The model file
 * is written by {@code ./candour train-terms} from the corpus; a test fails when the shipped file is not what
 * training on the shipped corpus and taxonomy gives.
 */
public final class TermReader {

    /** How many of the reporter's words or word pairs a reading quotes as its evidence. */
    static final int EVIDENCE_TERMS = 3;

    /**
     * The model file.
     *
     * @param version names the model
     * @param taxonomyVersion the taxonomy whose analysis and rules it was trained beside: it reads their terms
     *     and findings, so it only fits that taxonomy
     * @param trainedOn what it learnt from, for people
     * @param regularisation the L2 penalty it was trained with, per concern
     * @param commonTerms terms in more than a tenth of the concerns it was trained on ("with", "told", "i"): they
     *     weigh as any term does, but say too little of one concern to be quoted as its evidence
     * @param signals a model per signal it reads; the others stand as the rules found them
     * @param fitnessToPractise the model of whether a registrant's fitness to practise may be in question;
     *     "found by the rules" is their finding that it may meet the threshold
     * @param domains a model per quality domain of whether the concern touches it; "found by the rules" is the
     *     rules' own finding, before the domain reader's
     * @param destinations a model per destination of whether the corpus's writers sent concerns like this one
     *     there; the rules find nothing for it, so only the terms weigh
     * @param harm a model per harm level of whether the concern is graded so, read where the form left harm
     *     unanswered; "found by the rules" is their grading it so. The most probable level is the reading
     */
    public record Model(
            String version,
            String taxonomyVersion,
            String trainedOn,
            double regularisation,
            Set<String> commonTerms,
            Map<ConcernSignal, Weights> signals,
            Weights fitnessToPractise,
            Map<QualityDomain, Weights> domains,
            Map<Destination, Weights> destinations,
            Map<HarmLevel, Weights> harm) {}

    /**
     * One logistic model.
     *
     * @param threshold the probability from which the finding is kept or added, the best in cross-validation
     * @param intercept the log-odds with nothing found
     * @param foundByRules added to the log-odds when the rules found it
     * @param rulesConfidence times the rules' confidence in it (0 when they did not find it)
     * @param terms added to the log-odds for each term or pair of terms the concern contains, largest first
     */
    public record Weights(
            double threshold,
            double intercept,
            double foundByRules,
            double rulesConfidence,
            Map<String, Double> terms) {}

    private final Model model;

    /** The signals the model reads, in the order of {@link #weights}' arrays. */
    private final ConcernSignal[] read;

    /** Where fitness to practise's weight is in {@link #weights}' arrays; the domains' follow it. */
    private final int fitness;

    /** The domains the model reads, after fitness to practise in {@link #weights}' arrays. */
    private final QualityDomain[] domains;

    /** Where each signal and domain the model reads is in {@link #weights}' arrays, found once, not per concern. */
    private final Map<ConcernSignal, Integer> signalAt = new EnumMap<>(ConcernSignal.class);

    private final Map<QualityDomain, Integer> domainAt = new EnumMap<>(QualityDomain.class);

    /** The destinations the model reads, after the domains in {@link #weights}' arrays. */
    private final Destination[] destinations;

    /** Where the first destination's weight is in {@link #weights}' arrays. */
    private final int firstDestination;

    /** The harm levels the model reads, after the destinations in {@link #weights}' arrays. */
    private final HarmLevel[] harmLevels;

    /** Where the first harm level's weight is in {@link #weights}' arrays. */
    private final int firstHarmLevel;

    /**
     * Each model, in the order of {@link #weights}' arrays: the signals, fitness to practise, domains, destinations,
     * harm levels.
     */
    private final Weights[] models;

    /**
     * For each term, its weight toward each signal read, fitness to practise, each domain and each destination:
     * one look-up per term, not one per term and model.
     */
    private final Map<String, double[]> weights;

    public TermReader(Model model) {
        model.signals().forEach((signal, weights) -> valid(signal.name(), weights));
        valid("fitness-to-practise", model.fitnessToPractise());
        model.domains().forEach((domain, weights) -> valid(domain.name(), weights));
        model.destinations().forEach((destination, weights) -> valid(destination.name(), weights));
        model.harm().forEach((level, weights) -> valid("harm " + level, weights));
        this.model = model;
        this.read = model.signals().keySet().toArray(ConcernSignal[]::new);
        this.domains = model.domains().keySet().toArray(QualityDomain[]::new);
        this.destinations = model.destinations().keySet().toArray(Destination[]::new);
        this.harmLevels = model.harm().keySet().toArray(HarmLevel[]::new);
        // Each model's place is where it is added: the signals, fitness to practise, the domains, the destinations,
        // the harm levels.
        List<Weights> inOrder = new ArrayList<>();
        for (ConcernSignal signal : read) {
            signalAt.put(signal, inOrder.size());
            inOrder.add(model.signals().get(signal));
        }
        this.fitness = inOrder.size();
        inOrder.add(model.fitnessToPractise());
        for (QualityDomain domain : domains) {
            domainAt.put(domain, inOrder.size());
            inOrder.add(model.domains().get(domain));
        }
        this.firstDestination = inOrder.size();
        for (Destination destination : destinations) {
            inOrder.add(model.destinations().get(destination));
        }
        this.firstHarmLevel = inOrder.size();
        for (HarmLevel level : harmLevels) {
            inOrder.add(model.harm().get(level));
        }
        this.models = inOrder.toArray(Weights[]::new);
        this.weights = new HashMap<>();
        for (int m = 0; m < models.length; m++) {
            int index = m;
            models[m]
                    .terms()
                    .forEach((term, weight) ->
                            weights.computeIfAbsent(term, t -> new double[models.length])[index] = weight);
        }
    }

    private static void valid(String name, Weights weights) {
        if (!(weights.threshold() >= 0 && weights.threshold() <= 1)) {
            throw new IllegalArgumentException(
                    "the " + name + " model's threshold must be a probability, was " + weights.threshold());
        }
    }

    public String version() {
        return model.version();
    }

    public String taxonomyVersion() {
        return model.taxonomyVersion();
    }

    /**
     * The terms a model weighs in a concern: each analysed word, and each pair of adjacent words within a
     * sentence, joined by a space. Training and reading both take them from here.
     */
    public static List<String> terms(Taxonomy taxonomy, String description) {
        return List.copyOf(occurrences(taxonomy.analyse(description)).keySet());
    }

    /** Each term of the text, with the first place it is written (its first word, and the word after its last). */
    private static Map<String, int[]> occurrences(AnalysedText text) {
        Map<String, int[]> found = new LinkedHashMap<>();
        for (int i = 0; i < text.size; i++) {
            found.putIfAbsent(text.terms[i], new int[] {i, i + 1});
            if (i + 1 < text.size && text.sentences[i + 1] == text.sentences[i]) {
                found.putIfAbsent(text.terms[i] + " " + text.terms[i + 1], new int[] {i, i + 2});
            }
        }
        return found;
    }

    /**
     * What the rules and the domain reader found, as the term reader reads it again, and the destinations the
     * concern reads like (none before it is read).
     *
     * @param harm the harm the rules graded in the words, or null when the form's answer grades it (the answer
     *     stands, so there is nothing to read again)
     */
    record Found(
            List<Finding<QualityDomain>> domainsByRules,
            List<Finding<QualityDomain>> domains,
            List<Finding<ConcernSignal>> signals,
            Finding<FitnessToPractise> fitnessToPractise,
            @Nullable Finding<HarmLevel> harm,
            List<Finding<Destination>> readsLike) {

        Found(
                List<Finding<QualityDomain>> domainsByRules,
                List<Finding<QualityDomain>> domains,
                List<Finding<ConcernSignal>> signals,
                Finding<FitnessToPractise> fitnessToPractise,
                @Nullable Finding<HarmLevel> harm) {
            this(domainsByRules, domains, signals, fitnessToPractise, harm, List.of());
        }

        Found(
                List<Finding<QualityDomain>> domainsByRules,
                List<Finding<QualityDomain>> domains,
                List<Finding<ConcernSignal>> signals,
                Finding<FitnessToPractise> fitnessToPractise) {
            this(domainsByRules, domains, signals, fitnessToPractise, null);
        }
    }

    /**
     * Reads a concern again.
     *
     * @param found what the rules found, and the domains after the domain reader (the primary first)
     * @return the same, read again: the primary domain unchanged, then each other domain the model keeps or adds,
     *     most probable first; the signals in the order of {@link ConcernSignal}, each the model reads kept or
     *     added when its probability reaches the threshold and dropped when it does not; the fitness to practise
     *     as the rules found it when they found no registered professional or the model agrees, otherwise the
     *     model's reading. A finding kept keeps its evidence, less any that cites a signal dropped ("signal
     *     SAFEGUARDING suggests SAFE" no longer holds); one added or changed, or left with no evidence, rests on
     *     the reporter's words that weigh most toward it. Then each destination the concern reads like, in the
     *     order of {@link Destination}, with its probability and those words. The harm, when the rules graded it
     *     from the words, is the level the model finds most probable: the rules' finding when it is theirs,
     *     otherwise the model's, with its probability and the words that weigh most toward it.
     */
    Found reread(AnalysedText text, Found found) {
        Reading reading = new Reading(text);
        Map<ConcernSignal, Finding<ConcernSignal>> signals = new EnumMap<>(ConcernSignal.class);
        found.signals().forEach(finding -> signals.put(finding.value(), finding));
        for (int s = 0; s < read.length; s++) {
            Finding<ConcernSignal> rules = signals.get(read[s]);
            reading.z[s] += logOdds(models[s], rules == null ? null : rules.confidence());
        }
        Finding<FitnessToPractise> fitnessByRules = found.fitnessToPractise();
        reading.z[fitness] += logOdds(
                model.fitnessToPractise(),
                fitnessByRules.value() == FitnessToPractise.MAY_MEET_THRESHOLD ? fitnessByRules.confidence() : null);
        Map<QualityDomain, Finding<QualityDomain>> domainsByRules = new EnumMap<>(QualityDomain.class);
        found.domainsByRules().forEach(finding -> domainsByRules.put(finding.value(), finding));
        domainAt.forEach((domain, index) -> {
            Finding<QualityDomain> rules = domainsByRules.get(domain);
            reading.z[index] += logOdds(models[index], rules == null ? null : rules.confidence());
        });

        Map<ConcernSignal, Finding<ConcernSignal>> reread = new EnumMap<>(signals);
        for (int s = 0; s < read.length; s++) {
            if (!reading.reaches(s)) {
                reread.remove(read[s]);
            } else if (!signals.containsKey(read[s])) {
                reread.put(read[s], reading.added(read[s], s));
            }
        }
        signals.keySet().stream()
                .filter(signal -> !reread.containsKey(signal))
                .forEach(signal -> reading.dropped.add("signal " + signal + " suggests "));
        reread.replaceAll((signal, finding) -> reading.kept(finding, signalAt.getOrDefault(signal, -1)));

        List<Finding<Destination>> readsLike = new ArrayList<>();
        for (int d = 0; d < destinations.length; d++) {
            int index = firstDestination + d;
            reading.z[index] += logOdds(models[index], null);
            if (reading.reaches(index)) {
                String why = String.format(
                        Locale.ROOT,
                        "read as a whole, the concern is like those the corpus sent to %s (probability %.2f)",
                        destinations[d],
                        reading.probability(index));
                readsLike.add(new Finding<>(
                        destinations[d], rounded(reading.probability(index)), reading.evidence(why, index, 1)));
            }
        }
        readsLike.sort(Comparator.comparing(finding -> finding.value()));

        return new Found(
                found.domainsByRules(),
                domains(found.domains(), domainsByRules, reading),
                List.copyOf(reread.values()),
                fitness(fitnessByRules, reading),
                found.harm() == null ? null : harm(found.harm(), reading),
                List.copyOf(readsLike));
    }

    /**
     * The harm level most probable by the models of each level, the rules' grading weighed in; the rules' finding
     * when it is that level, or when the model reads no level.
     */
    private Finding<HarmLevel> harm(Finding<HarmLevel> byRules, Reading reading) {
        int best = -1;
        for (int h = 0; h < harmLevels.length; h++) {
            int index = firstHarmLevel + h;
            reading.z[index] += logOdds(models[index], harmLevels[h] == byRules.value() ? byRules.confidence() : null);
            if (best < 0 || reading.z[index] > reading.z[firstHarmLevel + best]) {
                best = h;
            }
        }
        if (best < 0 || harmLevels[best] == byRules.value()) {
            return byRules;
        }
        int index = firstHarmLevel + best;
        String why = String.format(
                Locale.ROOT,
                "read as a whole, the concern is like those whose harm the corpus grades %s (probability %.2f)",
                harmLevels[best],
                reading.probability(index));
        return new Finding<>(harmLevels[best], rounded(reading.probability(index)), reading.evidence(why, index, 1));
    }

    /**
     * The primary domain, then each other domain whose probability reaches its threshold, most probable first, then
     * any other domain found that the model has no weights for.
     */
    private List<Finding<QualityDomain>> domains(
            List<Finding<QualityDomain>> found, Map<QualityDomain, Finding<QualityDomain>> byRules, Reading reading) {
        Finding<QualityDomain> primary = found.getFirst();
        Map<QualityDomain, Finding<QualityDomain>> before = new EnumMap<>(QualityDomain.class);
        found.forEach(finding -> before.put(finding.value(), finding));
        List<Integer> others = new ArrayList<>();
        domainAt.forEach((domain, index) -> {
            if (domain != primary.value() && reading.reaches(index)) {
                others.add(index);
            }
        });
        others.sort(Comparator.comparingDouble((Integer m) -> reading.z[m]).reversed());
        List<Finding<QualityDomain>> reread = new ArrayList<>();
        // A primary the model has no weights for has no model to rest on (-1).
        reread.add(reading.kept(primary, domainAt.getOrDefault(primary.value(), -1)));
        for (int m : others) {
            QualityDomain domain = domains[m - fitness - 1];
            Finding<QualityDomain> earlier = before.containsKey(domain) ? before.get(domain) : byRules.get(domain);
            reread.add(earlier != null ? reading.kept(earlier, m) : reading.added(domain, m));
        }
        // As with the signals, a domain the model has no weights for stands as found.
        found.stream()
                .skip(1)
                .filter(finding -> !domainAt.containsKey(finding.value()))
                .forEach(finding -> reread.add(reading.kept(finding, -1)));
        return List.copyOf(reread);
    }

    /**
     * The fitness to practise as read again: the rules' finding when they found no one registered, or when the
     * model agrees and some of the rules' evidence still holds; otherwise the model's reading, with its words.
     */
    private Finding<FitnessToPractise> fitness(Finding<FitnessToPractise> byRules, Reading reading) {
        if (byRules.value() == FitnessToPractise.NOT_APPLICABLE) {
            return byRules;
        }
        boolean mayMeet = reading.reaches(fitness);
        if (mayMeet == (byRules.value() == FitnessToPractise.MAY_MEET_THRESHOLD)) {
            Finding<FitnessToPractise> kept = reading.kept(byRules, -1);
            if (!kept.evidence().isEmpty()) {
                return kept;
            }
            // All the rules had was a signal this reader dropped: the reading stands on the words instead.
        }
        double probability = reading.probability(fitness);
        String why = String.format(
                Locale.ROOT,
                mayMeet
                        ? "read as a whole, the conduct told is like that labelled in the corpus as possibly meeting"
                                + " a regulator's threshold (probability %.2f)"
                        : "read as a whole, the conduct told is like that labelled in the corpus as for the employer"
                                + " to handle (probability %.2f that it may meet a regulator's threshold)",
                probability);
        return new Finding<>(
                mayMeet ? FitnessToPractise.MAY_MEET_THRESHOLD : FitnessToPractise.HANDLED_LOCALLY,
                rounded(mayMeet ? probability : 1 - probability),
                reading.evidence(why, fitness, mayMeet ? 1 : -1));
    }

    private static double logOdds(Weights weights, @Nullable Double rulesConfidence) {
        return weights.intercept()
                + (rulesConfidence == null ? 0 : weights.foundByRules() + weights.rulesConfidence() * rulesConfidence);
    }

    private static double rounded(double probability) {
        return Math.round(probability * 100) / 100.0;
    }

    /** One concern as the models read it: its terms, each model's log-odds, and the signals dropped. */
    private final class Reading {

        private final AnalysedText text;
        private final Map<String, int[]> occurrences;

        /** Each model's log-odds: the terms' weights here, the intercept and the rules' finding added after. */
        final double[] z = new double[models.length];

        /** How the rules' evidence that cites a signal dropped begins. */
        final List<String> dropped = new ArrayList<>();

        Reading(AnalysedText text) {
            this.text = text;
            this.occurrences = occurrences(text);
            for (String term : occurrences.keySet()) {
                double[] toward = weights.get(term);
                if (toward != null) {
                    for (int m = 0; m < z.length; m++) {
                        z[m] += toward[m];
                    }
                }
            }
        }

        double probability(int index) {
            return 1 / (1 + Math.exp(-z[index]));
        }

        boolean reaches(int index) {
            return probability(index) >= models[index].threshold();
        }

        /**
         * A finding kept, less its evidence that cites a signal dropped; when none is left, the words that weigh
         * toward it under model {@code index} (none: -1).
         */
        <T> Finding<T> kept(Finding<T> finding, int index) {
            if (dropped.isEmpty()) {
                return finding;
            }
            List<String> holding = finding.evidence().stream()
                    .filter(line -> dropped.stream().noneMatch(line::startsWith))
                    .toList();
            if (holding.size() == finding.evidence().size()) {
                return finding;
            }
            return holding.isEmpty() && index >= 0
                    ? added(finding.value(), index)
                    : new Finding<>(finding.value(), finding.confidence(), holding);
        }

        /** A finding the rules did not make, with the reporter's words that weigh most toward it. */
        <T> Finding<T> added(T value, int index) {
            String why = String.format(
                    Locale.ROOT,
                    "read as a whole, the concern is like those labelled %s in the corpus (probability %.2f)",
                    value,
                    probability(index));
            return new Finding<>(value, rounded(probability(index)), evidence(why, index, 1));
        }

        /**
         * The reason, then the reporter's words that weigh most toward the reading ({@code direction} 1) or away
         * from it (-1) under model {@code index}, as written; never a common term.
         */
        List<String> evidence(String why, int index, int direction) {
            // Each term's weight is looked up once, not at every comparison of the sort.
            record Toward(int[] at, double weight) {}
            List<Toward> toward = new ArrayList<>();
            occurrences.forEach((term, at) -> {
                double[] weight = weights.get(term);
                if (weight != null
                        && direction * weight[index] > 0
                        && !model.commonTerms().contains(term)) {
                    toward.add(new Toward(at, direction * weight[index]));
                }
            });
            toward.sort(Comparator.comparingDouble(Toward::weight).reversed());
            List<String> evidence = new ArrayList<>();
            evidence.add(why);
            toward.stream()
                    .map(term -> "\"" + text.quote(term.at()[0], term.at()[1]) + "\"")
                    .distinct()
                    .limit(EVIDENCE_TERMS)
                    .forEach(evidence::add);
            return evidence;
        }
    }
}
