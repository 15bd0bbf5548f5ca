package org.candour.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.DomainReader;
import org.candour.classification.analysis.DomainReader.DomainWeights;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.WordPieces;
import org.candour.classification.analysis.WordVectors;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.QualityDomain;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Trains the learnt domain reader (ADR 0028) on the development corpus: for each domain a logistic
 * regression ({@link LogisticRegression}) over what the taxonomy's rules found for that domain and the
 * text's word vector; then the probability threshold that gave the best F1 when each fifth of the corpus
 * was read by a model trained on the other four fifths. Deterministic: the same corpus, taxonomy
 * and word vectors give the same file.
 */
public final class DomainTraining {

    /** The L2 penalty: the best of 0.01 to 1 on a blind split in the experiment ADR 0028 records. */
    static final double REGULARISATION = 0.03;

    /** A word in more than this share of the corpus's concerns is too common to quote as evidence. */
    static final double COMMON = 0.1;

    private DomainTraining() {}

    /** One labelled concern as the model sees it: the rules' domains, the word vector, the labels. */
    private record Example(
            Map<QualityDomain, Finding<QualityDomain>> byRules,
            float[] vector,
            Set<String> words,
            List<String> labels) {

        double[] features(QualityDomain domain) {
            return DomainReader.features(vector, byRules.get(domain));
        }

        int label(QualityDomain domain) {
            return labels.contains(domain.name()) ? 1 : 0;
        }
    }

    /** The model trained on a corpus file (the development corpus, {@code dev.jsonl}) beside the taxonomy on the classpath. */
    public static DomainReader.Model train(Path corpus) {
        Classifier rules = new Classifier(TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json")));
        return train(
                Corpus.read(corpus),
                rules,
                WordVectors.bundled(),
                Corpus.source(corpus),
                Corpus.modelVersion("domains", rules.taxonomyVersion(), corpus));
    }

    /**
     * The model trained on some labelled concerns, such as four fifths of the corpus ({@link OutOfFold}).
     *
     * @param rules the taxonomy's rules alone, whose findings the model reads beside the word vector
     * @param vectors the word vectors, read once by the caller however many models it trains
     * @param source where the concerns came from, as the model file records it
     */
    static DomainReader.Model train(
            List<JsonNode> items, Classifier rules, WordVectors vectors, String source, String version) {
        List<Example> examples = new ArrayList<>();
        items.stream()
                .filter(item -> !item.path("labels").path("triage").asBoolean())
                .sorted(Corpus.BY_ID_NUMBER)
                .forEach(item -> examples.add(example(item, rules, vectors)));
        Map<QualityDomain, DomainWeights> domains = new EnumMap<>(QualityDomain.class);
        for (QualityDomain domain : QualityDomain.values()) {
            double[][] x = examples.stream().map(e -> e.features(domain)).toArray(double[][]::new);
            int[] y = examples.stream().mapToInt(e -> e.label(domain)).toArray();
            double[] w = LogisticRegression.fit(x, y, REGULARISATION);
            float[] wordVector = new float[x[0].length - 2];
            for (int d = 0; d < wordVector.length; d++) {
                wordVector[d] = (float) w[2 + d];
            }
            domains.put(domain, new DomainWeights(threshold(x, y), w[w.length - 1], w[0], w[1], wordVector));
        }
        Map<String, Long> concernsWith = examples.stream()
                .flatMap(example -> example.words().stream())
                .collect(Collectors.groupingBy(word -> word, Collectors.counting()));
        Set<String> common = new TreeSet<>();
        concernsWith.forEach((word, count) -> {
            if (count > COMMON * examples.size()) {
                common.add(word);
            }
        });
        return new DomainReader.Model(
                version,
                rules.taxonomyVersion(),
                source + ": " + examples.size() + " concerns not labelled for triage",
                REGULARISATION,
                common,
                domains);
    }

    private static Example example(JsonNode item, Classifier rules, WordVectors vectors) {
        ConcernRaisedV1 concern = Corpus.concern(item);
        Map<QualityDomain, Finding<QualityDomain>> byRules = new EnumMap<>(QualityDomain.class);
        rules.classify(concern.description(), Answers.of(concern))
                .domains()
                .forEach(finding -> byRules.put(finding.value(), finding));
        List<String> labels = new ArrayList<>();
        item.path("labels").path("domains").forEach(domain -> labels.add(domain.asString()));
        List<WordPieces.Word> words = vectors.words(concern.description());
        return new Example(
                byRules,
                vectors.vector(words),
                words.stream().map(WordPieces.Word::normalised).collect(Collectors.toSet()),
                labels);
    }

    /** The threshold with the best out-of-fold F1 ({@link LogisticRegression#threshold}). */
    private static double threshold(double[][] x, int[] y) {
        return LogisticRegression.threshold(List.of(x), y, (rows, labels) -> {
            double[] w = LogisticRegression.fit(rows.toArray(double[][]::new), labels, REGULARISATION);
            return row -> LogisticRegression.probability(w, row);
        });
    }
}
