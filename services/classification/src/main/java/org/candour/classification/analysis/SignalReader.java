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
import org.jspecify.annotations.Nullable;

/**
 * A second reader of the reach and urgency signals, and of whether a registrant's fitness to practise may be in
 * question, learnt from the labelled corpus (ADR 0030). For each signal it reads, a logistic model weighs the
 * words and word pairs of the concern (as the taxonomy analyses them: stemmed, stop words kept, so "not safe" is
 * a pair of its own) together with what the rules found for that signal, and keeps, drops or adds the signal.
 * The rules read the cues a quality lead listed; this reads the many smaller cues the corpus shows, so a
 * safeguarding concern told without the word "safeguarding" is found, and a cue the rest of the text does not
 * bear out is dropped. Where the rules found a registered professional, a model of the same kind weighs whether
 * the conduct told may meet a regulator's threshold or is for the employer to handle.
 *
 * <p>A signal it adds carries as evidence the reporter's words that weigh most toward it. A signal the model
 * has no weights for stands as the rules found it. The model file is written by {@code ./candour
 * train-signals} from the corpus; a test fails when the shipped file is not what training on the shipped corpus
 * and taxonomy gives.
 */
public final class SignalReader {

    /** How many of the reporter's words or word pairs a signal the model adds quotes as its evidence. */
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
     * @param fitnessToPractise the model of whether a registrant's fitness to practise may be in question, read
     *     only where the rules found a registered professional; "found by the rules" is their finding that it
     *     may meet the threshold
     */
    public record Model(
            String version,
            String taxonomyVersion,
            String trainedOn,
            double regularisation,
            Set<String> commonTerms,
            Map<ConcernSignal, SignalWeights> signals,
            SignalWeights fitnessToPractise) {}

    /**
     * One signal's logistic model.
     *
     * @param threshold the probability from which the signal is kept or added, the best in cross-validation
     * @param intercept the log-odds with nothing found
     * @param foundByRules added to the log-odds when the rules found the signal
     * @param rulesConfidence times the rules' confidence in it (0 when they did not find it)
     * @param terms added to the log-odds for each term or pair of terms the concern contains, largest first
     */
    public record SignalWeights(
            double threshold,
            double intercept,
            double foundByRules,
            double rulesConfidence,
            Map<String, Double> terms) {}

    private final Model model;

    /** The signals the model reads, in the order of {@link #weights}' arrays; fitness to practise comes last. */
    private final ConcernSignal[] read;

    /** Where fitness to practise's weight is in {@link #weights}' arrays. */
    private final int fitness;

    /**
     * For each term, its weight toward each signal read and then toward fitness to practise: one look-up per
     * term, not one per term and model.
     */
    private final Map<String, double[]> weights;

    public SignalReader(Model model) {
        model.signals().forEach((signal, weights) -> valid(signal.name(), weights));
        valid("fitness-to-practise", model.fitnessToPractise());
        this.model = model;
        this.read = model.signals().keySet().toArray(ConcernSignal[]::new);
        this.fitness = read.length;
        this.weights = new HashMap<>();
        for (int s = 0; s <= fitness; s++) {
            int index = s;
            weightsAt(s)
                    .terms()
                    .forEach((term, weight) ->
                            weights.computeIfAbsent(term, t -> new double[fitness + 1])[index] = weight);
        }
    }

    private static void valid(String name, SignalWeights weights) {
        if (!(weights.threshold() >= 0 && weights.threshold() <= 1)) {
            throw new IllegalArgumentException(
                    "the " + name + " model's threshold must be a probability, was " + weights.threshold());
        }
    }

    private SignalWeights weightsAt(int index) {
        return index == fitness ? model.fitnessToPractise() : model.signals().get(read[index]);
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

    /** Each term of the text, with the first place it is written (start and end offsets). */
    private static Map<String, int[]> occurrences(AnalysedText text) {
        Map<String, int[]> found = new LinkedHashMap<>();
        for (int i = 0; i < text.size; i++) {
            found.putIfAbsent(text.terms[i], new int[] {text.starts[i], text.ends[i]});
            if (i + 1 < text.size && text.sentences[i + 1] == text.sentences[i]) {
                found.putIfAbsent(
                        text.terms[i] + " " + text.terms[i + 1], new int[] {text.starts[i], text.ends[i + 1]});
            }
        }
        return found;
    }

    /**
     * The signals and the fitness to practise after a second reading.
     *
     * @param signals in the order of {@link ConcernSignal}: each signal the model reads is kept or added when its
     *     probability reaches the threshold and dropped when it does not; the others stand as the rules found
     *     them. A signal the rules found keeps their evidence; one they did not is added with its own.
     * @param fitnessToPractise as the rules found it when they found no registered professional, or when the
     *     model agrees with them; otherwise the model's reading, with the words that weigh most toward it
     */
    record Reading(List<Finding<ConcernSignal>> signals, Finding<FitnessToPractise> fitnessToPractise) {}

    Reading reread(AnalysedText text, List<Finding<ConcernSignal>> byRules, Finding<FitnessToPractise> fitnessByRules) {
        Map<ConcernSignal, Finding<ConcernSignal>> found = new EnumMap<>(ConcernSignal.class);
        byRules.forEach(finding -> found.put(finding.value(), finding));
        Map<String, int[]> occurrences = occurrences(text);
        double[] z = new double[fitness + 1];
        for (int s = 0; s < read.length; s++) {
            Finding<ConcernSignal> rules = found.get(read[s]);
            z[s] = logOdds(weightsAt(s), rules == null ? null : rules.confidence());
        }
        boolean mayMeet = fitnessByRules.value() == FitnessToPractise.MAY_MEET_THRESHOLD;
        z[fitness] = logOdds(model.fitnessToPractise(), mayMeet ? fitnessByRules.confidence() : null);
        for (String term : occurrences.keySet()) {
            double[] toward = weights.get(term);
            if (toward != null) {
                for (int s = 0; s <= fitness; s++) {
                    z[s] += toward[s];
                }
            }
        }
        Map<ConcernSignal, Finding<ConcernSignal>> reread = new EnumMap<>(found);
        for (int s = 0; s < read.length; s++) {
            ConcernSignal signal = read[s];
            double probability = probability(z[s]);
            if (probability < weightsAt(s).threshold()) {
                reread.remove(signal);
            } else if (!found.containsKey(signal)) {
                reread.put(
                        signal,
                        new Finding<>(
                                signal,
                                rounded(probability),
                                evidence(
                                        String.format(
                                                Locale.ROOT,
                                                "read as a whole, the concern is like those labelled %s in the corpus"
                                                        + " (probability %.2f)",
                                                signal,
                                                probability),
                                        s,
                                        1,
                                        text,
                                        occurrences)));
            }
        }
        return new Reading(List.copyOf(reread.values()), fitness(fitnessByRules, z[fitness], text, occurrences));
    }

    /** The fitness to practise as read again; the rules' finding when they found no one registered, or agree. */
    private Finding<FitnessToPractise> fitness(
            Finding<FitnessToPractise> byRules, double z, AnalysedText text, Map<String, int[]> occurrences) {
        if (byRules.value() == FitnessToPractise.NOT_APPLICABLE) {
            return byRules;
        }
        double probability = probability(z);
        boolean mayMeet = probability >= model.fitnessToPractise().threshold();
        FitnessToPractise reading = mayMeet ? FitnessToPractise.MAY_MEET_THRESHOLD : FitnessToPractise.HANDLED_LOCALLY;
        if (reading == byRules.value()) {
            return byRules;
        }
        String why = String.format(
                Locale.ROOT,
                mayMeet
                        ? "read as a whole, the conduct told is like that labelled in the corpus as possibly meeting"
                                + " a regulator's threshold (probability %.2f)"
                        : "read as a whole, the conduct told is like that labelled in the corpus as for the employer"
                                + " to handle (probability %.2f that it may meet a regulator's threshold)",
                probability);
        return new Finding<>(
                reading,
                rounded(mayMeet ? probability : 1 - probability),
                evidence(why, fitness, mayMeet ? 1 : -1, text, occurrences));
    }

    private static double logOdds(SignalWeights weights, @Nullable Double rulesConfidence) {
        return weights.intercept()
                + (rulesConfidence == null ? 0 : weights.foundByRules() + weights.rulesConfidence() * rulesConfidence);
    }

    private static double probability(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double rounded(double probability) {
        return Math.round(probability * 100) / 100.0;
    }

    /**
     * The reason, then the reporter's words that weigh most toward the reading ({@code direction} 1) or away from
     * it (-1), as written.
     */
    private List<String> evidence(
            String why, int index, int direction, AnalysedText text, Map<String, int[]> occurrences) {
        List<String> evidence = new ArrayList<>();
        evidence.add(why);
        occurrences.entrySet().stream()
                .filter(term -> weights.containsKey(term.getKey()) && direction * weights.get(term.getKey())[index] > 0)
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, int[]> term) -> direction * weights.get(term.getKey())[index])
                        .reversed())
                .map(term -> "\"" + text.text.substring(term.getValue()[0], term.getValue()[1]) + "\"")
                .distinct()
                .limit(EVIDENCE_TERMS)
                .forEach(evidence::add);
        return evidence;
    }
}
