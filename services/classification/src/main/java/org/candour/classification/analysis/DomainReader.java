package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * A second reader of the quality domains, learnt from the labelled corpus (ADR 0028). For each domain a
 * logistic model weighs the text's word vector together with what the reading rules found for that domain
 * (found or not, and how confidently), and keeps, drops or adds the domain. The rules read cues; this reads
 * the concern as a whole, in vectors where words of like meaning lie close, so it can find a domain told in
 * words no cue lists and drop one a cue put there that the rest of the text does not bear out.
 *
 * <p>A domain it adds carries as evidence the reporter's words that moved it most toward that domain. The
 * model file is written by {@code ./candour train-domains} from the corpus; a test fails when the shipped file
 * is not what training on the shipped corpus and taxonomy gives.
 */
public final class DomainReader {

    /** How many of the reporter's words a domain the model adds quotes as its evidence. */
    static final int EVIDENCE_WORDS = 3;

    /**
     * The model file.
     *
     * @param version names the model
     * @param taxonomyVersion the taxonomy whose rules it was trained beside: it reads their findings, so it
     *     only fits that taxonomy
     * @param trainedOn what it learnt from, for people
     * @param regularisation the L2 penalty it was trained with
     * @param commonWords words so common in the corpus (in more than a tenth of its concerns) that they say
     *     nothing about one concern: never quoted as evidence
     * @param domains a model per domain
     */
    public record Model(
            String version,
            String taxonomyVersion,
            String trainedOn,
            double regularisation,
            Set<String> commonWords,
            Map<QualityDomain, DomainWeights> domains) {}

    /**
     * One domain's logistic model.
     *
     * @param threshold the probability from which the domain is kept or added, the best in cross-validation
     * @param intercept the log-odds with nothing found
     * @param foundByRules added to the log-odds when the rules found the domain
     * @param rulesConfidence times the rules' confidence in it (0 when they did not find it)
     * @param wordVector times the text's word vector
     */
    public record DomainWeights(
            double threshold, double intercept, double foundByRules, double rulesConfidence, float[] wordVector) {}

    private final Model model;
    private final WordVectors vectors;

    public DomainReader(Model model, WordVectors vectors) {
        if (model.domains().keySet().size() != QualityDomain.values().length) {
            throw new IllegalArgumentException("the domain model needs a model for each of the six domains, has "
                    + model.domains().keySet());
        }
        model.domains().forEach((domain, weights) -> {
            if (!(weights.threshold() >= 0 && weights.threshold() <= 1)) {
                throw new IllegalArgumentException(
                        "the " + domain + " model's threshold must be a probability, was " + weights.threshold());
            }
            if (weights.wordVector().length != vectors.dimensions()) {
                throw new IllegalArgumentException("the " + domain + " model has " + weights.wordVector().length
                        + " word-vector weights, the word vectors " + vectors.dimensions());
            }
        });
        this.model = model;
        this.vectors = vectors;
    }

    public String version() {
        return model.version();
    }

    public String taxonomyVersion() {
        return model.taxonomyVersion();
    }

    /**
     * The features of one domain, in the order of a trained model's weights: found by the rules, the rules'
     * confidence, then the word vector. Training and reading both build them here.
     */
    public static double[] features(float[] wordVector, @Nullable Finding<QualityDomain> byRules) {
        double[] features = new double[2 + wordVector.length];
        features[0] = byRules == null ? 0 : 1;
        features[1] = byRules == null ? 0 : byRules.confidence();
        for (int d = 0; d < wordVector.length; d++) {
            features[2 + d] = wordVector[d];
        }
        return features;
    }

    /**
     * The domains after a second reading: each domain whose probability reaches its threshold, most probable
     * first, so the primary is the one the model is surest of (on a blind split this chose the labelled
     * primary more often than the rules' score did: 0.746 against 0.711). A domain the rules found keeps
     * their evidence; one they did not is added with its own. When none reaches its threshold, the most
     * probable domain is primary. Equal probabilities keep the rules' order.
     */
    public List<Finding<QualityDomain>> reread(String text, List<Finding<QualityDomain>> byRules) {
        List<WordPieces.Word> words = vectors.words(text);
        float[] vector = vectors.vector(words);
        Map<QualityDomain, Finding<QualityDomain>> found = new EnumMap<>(QualityDomain.class);
        byRules.forEach(finding -> found.put(finding.value(), finding));
        Map<QualityDomain, Double> probability = new EnumMap<>(QualityDomain.class);
        model.domains()
                .forEach((domain, weights) ->
                        probability.put(domain, probability(weights, features(vector, found.get(domain)))));
        List<QualityDomain> ranked = probability.keySet().stream()
                .sorted(Comparator.comparing((QualityDomain domain) -> probability.get(domain))
                        .reversed()
                        .thenComparing(domain ->
                                found.containsKey(domain) ? byRules.indexOf(found.get(domain)) : byRules.size()))
                .toList();
        List<QualityDomain> kept = ranked.stream()
                .filter(domain ->
                        probability.get(domain) >= model.domains().get(domain).threshold())
                .toList();
        List<QualityDomain> chosen = kept.isEmpty() ? ranked.subList(0, 1) : kept;
        return chosen.stream()
                .map(domain -> found.containsKey(domain)
                        ? found.get(domain)
                        : added(domain, probability.get(domain), text, words))
                .toList();
    }

    private static double probability(DomainWeights weights, double[] features) {
        double z = weights.intercept() + weights.foundByRules() * features[0] + weights.rulesConfidence() * features[1];
        float[] w = weights.wordVector();
        for (int d = 0; d < w.length; d++) {
            z += w[d] * features[2 + d];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** One of the reporter's words, as written, and how far it moves the text toward a domain. */
    private record Weighed(String quote, double weight) {}

    /** A domain the rules did not find, with the reporter's words that moved the model toward it most. */
    private Finding<QualityDomain> added(
            QualityDomain domain, double probability, String text, List<WordPieces.Word> words) {
        float[] direction = model.domains().get(domain).wordVector();
        List<String> quoted = words.stream()
                .filter(word ->
                        word.end() - word.start() > 1 && !model.commonWords().contains(word.normalised()))
                .map(word -> new Weighed(text.substring(word.start(), word.end()), vectors.along(word, direction)))
                .filter(weighed -> weighed.weight() > 0)
                .sorted(Comparator.comparingDouble(Weighed::weight).reversed())
                .map(Weighed::quote)
                .distinct()
                .limit(EVIDENCE_WORDS)
                .toList();
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(
                Locale.ROOT,
                "read as a whole, the concern is like those labelled %s in the corpus (probability %.2f)",
                domain,
                probability));
        quoted.forEach(word -> evidence.add("\"" + word + "\""));
        return new Finding<>(domain, Math.round(probability * 100) / 100.0, evidence);
    }
}
