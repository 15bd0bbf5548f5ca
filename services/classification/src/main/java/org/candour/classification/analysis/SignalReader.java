package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.candour.events.ConcernSignal;

/**
 * A second reader of the reach and urgency signals, learnt from the labelled corpus (ADR 0030). For each signal
 * it reads, a logistic model weighs the words and word pairs of the concern (as the taxonomy analyses them:
 * stemmed, stop words kept, so "not safe" is a pair of its own) together with what the rules found for that
 * signal, and keeps, drops or adds the signal. The rules read the cues a quality lead listed; this reads the
 * many smaller cues the corpus shows, so a safeguarding concern told without the word "safeguarding" is
 * found, and a cue the rest of the text does not bear out is dropped.
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
     * @param signals a model per signal it reads; the others stand as the rules found them
     */
    public record Model(
            String version,
            String taxonomyVersion,
            String trainedOn,
            double regularisation,
            Map<ConcernSignal, SignalWeights> signals) {}

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

    /** The signals the model reads, in the order of {@link #weights}' arrays. */
    private final ConcernSignal[] read;

    /** For each term, its weight toward each signal read: one look-up per term, not one per term and signal. */
    private final Map<String, double[]> weights;

    public SignalReader(Model model) {
        model.signals().forEach((signal, weights) -> {
            if (!(weights.threshold() >= 0 && weights.threshold() <= 1)) {
                throw new IllegalArgumentException(
                        "the " + signal + " model's threshold must be a probability, was " + weights.threshold());
            }
        });
        this.model = model;
        this.read = model.signals().keySet().toArray(ConcernSignal[]::new);
        this.weights = new HashMap<>();
        for (int s = 0; s < read.length; s++) {
            int signal = s;
            model.signals()
                    .get(read[s])
                    .terms()
                    .forEach((term, weight) ->
                            weights.computeIfAbsent(term, t -> new double[read.length])[signal] = weight);
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
     * The signals after a second reading, in the order of {@link ConcernSignal}: each signal the model reads is
     * kept or added when its probability reaches the threshold and dropped when it does not; the others stand as
     * the rules found them. A signal the rules found keeps their evidence; one they did not is added with its own.
     */
    List<Finding<ConcernSignal>> reread(AnalysedText text, List<Finding<ConcernSignal>> byRules) {
        Map<ConcernSignal, Finding<ConcernSignal>> found = new EnumMap<>(ConcernSignal.class);
        byRules.forEach(finding -> found.put(finding.value(), finding));
        Map<String, int[]> occurrences = occurrences(text);
        double[] z = new double[read.length];
        for (int s = 0; s < read.length; s++) {
            SignalWeights signal = model.signals().get(read[s]);
            Finding<ConcernSignal> rules = found.get(read[s]);
            z[s] = signal.intercept()
                    + (rules == null ? 0 : signal.foundByRules() + signal.rulesConfidence() * rules.confidence());
        }
        for (String term : occurrences.keySet()) {
            double[] toward = weights.get(term);
            if (toward != null) {
                for (int s = 0; s < read.length; s++) {
                    z[s] += toward[s];
                }
            }
        }
        Map<ConcernSignal, Finding<ConcernSignal>> reread = new EnumMap<>(found);
        for (int s = 0; s < read.length; s++) {
            ConcernSignal signal = read[s];
            double probability = 1 / (1 + Math.exp(-z[s]));
            if (probability < model.signals().get(signal).threshold()) {
                reread.remove(signal);
            } else if (!found.containsKey(signal)) {
                reread.put(signal, added(signal, s, probability, text, occurrences));
            }
        }
        return List.copyOf(reread.values());
    }

    /** A signal the rules did not find, with the reporter's words that weigh most toward it. */
    private Finding<ConcernSignal> added(
            ConcernSignal signal, int index, double probability, AnalysedText text, Map<String, int[]> occurrences) {
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(
                Locale.ROOT,
                "read as a whole, the concern is like those labelled %s in the corpus (probability %.2f)",
                signal,
                probability));
        occurrences.entrySet().stream()
                .filter(term -> weights.containsKey(term.getKey()) && weights.get(term.getKey())[index] > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[]> term) -> weights.get(term.getKey())[index])
                        .reversed())
                .map(term -> "\"" + text.text.substring(term.getValue()[0], term.getValue()[1]) + "\"")
                .distinct()
                .limit(EVIDENCE_TERMS)
                .forEach(evidence::add);
        return new Finding<>(signal, Math.round(probability * 100) / 100.0, evidence);
    }
}
