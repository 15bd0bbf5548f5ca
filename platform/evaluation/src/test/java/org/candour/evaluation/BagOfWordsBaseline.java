package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.candour.events.QualityDomain;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline the taxonomy has to beat: a bag-of-words model learnt from the corpus instead of written
 * by hand. One logistic regression per quality domain over Lucene's English analysis (stemmed words and
 * word pairs, present or not), measured by 5-fold cross-validation on the development split and, when
 * the held-out split is asked for, trained on all of dev and tested on held-out. Figures only, no
 * shipped code depends on it: run it with
 * {@code ./mvnw -q -pl platform/evaluation -am test -Dtest=BagOfWordsBaseline -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BagOfWordsBaseline {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CORPUS = Path.of("../../services/classification/corpus");
    private static final List<String> SPLITS = List.of(
            System.getProperty("candour.evaluation.splits", "dev,heldout").split(","));
    private static final QualityDomain[] DOMAINS = QualityDomain.values();
    private static final int FOLDS = 5;
    private static final int EPOCHS = 1500;
    private static final double LEARNING_RATE = 5;
    /** A feature must occur in this many training items to be learnt from. */
    private static final int MINIMUM_ITEMS = 2;
    /** A domain is predicted at this probability; the best of 0.3 to 0.5 in cross-validation. */
    private static final double THRESHOLD = 0.3;

    private record Item(Set<String> features, boolean[] domains) {}

    @Test
    void measure() throws IOException {
        List<Item> dev = read("dev.jsonl");
        assertThat(dev).hasSizeGreaterThan(100);
        List<Item> shuffled = new ArrayList<>(dev);
        Collections.shuffle(shuffled, new Random(1));
        List<boolean[]> predicted = new ArrayList<>();
        List<Item> tested = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Item> training = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                if (i % FOLDS == fold) {
                    tested.add(shuffled.get(i));
                } else {
                    training.add(shuffled.get(i));
                }
            }
            Model model = Model.train(training);
            for (int i = fold; i < shuffled.size(); i += FOLDS) {
                predicted.add(model.predict(shuffled.get(i)));
            }
        }
        print("development split, " + FOLDS + "-fold cross-validation", tested, predicted);
        if (SPLITS.contains("heldout")) {
            Model model = Model.train(dev);
            List<Item> heldOut = read("heldout.jsonl");
            print(
                    "trained on the development split, tested on held-out",
                    heldOut,
                    heldOut.stream().map(model::predict).toList());
        }
    }

    private static void print(String title, List<Item> items, List<boolean[]> predicted) {
        System.out.printf(
                Locale.ROOT,
                "%nBag-of-words baseline: %s (%d concerns not labelled for triage)%n",
                title,
                items.size());
        System.out.printf(Locale.ROOT, "  %-12s %9s %9s %9s%n", "domain", "precision", "recall", "F1");
        double sum = 0;
        for (int d = 0; d < DOMAINS.length; d++) {
            int truePositives = 0;
            int falsePositives = 0;
            int falseNegatives = 0;
            for (int i = 0; i < items.size(); i++) {
                boolean expected = items.get(i).domains()[d];
                boolean found = predicted.get(i)[d];
                truePositives += expected && found ? 1 : 0;
                falsePositives += !expected && found ? 1 : 0;
                falseNegatives += expected && !found ? 1 : 0;
            }
            double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
            double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
            double f1 = 2.0 * truePositives / Math.max(1, 2 * truePositives + falsePositives + falseNegatives);
            sum += f1;
            System.out.printf(Locale.ROOT, "  %-12s %9.3f %9.3f %9.3f%n", DOMAINS[d], precision, recall, f1);
        }
        System.out.printf(Locale.ROOT, "  macro-F1 %.3f%n", sum / DOMAINS.length);
    }

    private static List<Item> read(String file) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Analyzer analyzer = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
            for (String line : Files.readAllLines(CORPUS.resolve(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                JsonNode labels = item.get("labels");
                if (labels.get("triage").asBoolean()) {
                    continue;
                }
                boolean[] domains = new boolean[DOMAINS.length];
                for (JsonNode domain : labels.get("domains")) {
                    domains[QualityDomain.valueOf(domain.asString()).ordinal()] = true;
                }
                items.add(new Item(features(analyzer, item.get("text").asString()), domains));
            }
        }
        return items;
    }

    /** Stemmed words and adjacent pairs of them. */
    private static Set<String> features(Analyzer analyzer, String text) {
        Set<String> features = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String word = term.toString();
                features.add(word);
                if (previous != null) {
                    features.add(previous + ' ' + word);
                }
                previous = word;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    /** One logistic regression per domain, by batch gradient descent on L2-normalised binary features. */
    private record Model(Map<String, Integer> vocabulary, double[][] weights, double[] biases) {

        static Model train(List<Item> items) {
            Map<String, Integer> counts = new HashMap<>();
            items.forEach(item -> item.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
            Map<String, Integer> vocabulary = new HashMap<>();
            counts.forEach((feature, count) -> {
                if (count >= MINIMUM_ITEMS) {
                    vocabulary.put(feature, vocabulary.size());
                }
            });
            int[][] rows = items.stream().map(item -> indices(vocabulary, item)).toArray(int[][]::new);
            double[][] weights = new double[DOMAINS.length][vocabulary.size()];
            double[] biases = new double[DOMAINS.length];
            for (int d = 0; d < DOMAINS.length; d++) {
                double[] w = weights[d];
                for (int epoch = 0; epoch < EPOCHS; epoch++) {
                    double[] gradient = new double[w.length];
                    double biasGradient = 0;
                    for (int i = 0; i < rows.length; i++) {
                        double scale = 1 / Math.sqrt(Math.max(1, rows[i].length));
                        double error = probability(w, biases[d], rows[i])
                                - (items.get(i).domains()[d] ? 1 : 0);
                        for (int feature : rows[i]) {
                            gradient[feature] += error * scale;
                        }
                        biasGradient += error;
                    }
                    for (int f = 0; f < w.length; f++) {
                        w[f] -= LEARNING_RATE * gradient[f] / rows.length;
                    }
                    biases[d] -= LEARNING_RATE * biasGradient / rows.length;
                }
            }
            return new Model(vocabulary, weights, biases);
        }

        boolean[] predict(Item item) {
            int[] row = indices(vocabulary, item);
            boolean[] domains = new boolean[DOMAINS.length];
            for (int d = 0; d < DOMAINS.length; d++) {
                domains[d] = probability(weights[d], biases[d], row) >= THRESHOLD;
            }
            return domains;
        }

        private static double probability(double[] weights, double bias, int[] row) {
            double scale = 1 / Math.sqrt(Math.max(1, row.length));
            double z = bias;
            for (int feature : row) {
                z += weights[feature] * scale;
            }
            return 1 / (1 + Math.exp(-z));
        }

        private static int[] indices(Map<String, Integer> vocabulary, Item item) {
            return item.features().stream()
                    .map(vocabulary::get)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
    }
}
