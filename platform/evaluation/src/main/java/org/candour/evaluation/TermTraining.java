package org.candour.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.Findings;
import org.candour.classification.analysis.FitnessToPractise;
import org.candour.classification.analysis.Taxonomy;
import org.candour.classification.analysis.TermReader;
import org.candour.classification.analysis.TermReader.Weights;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.evaluation.LogisticRegression.SparseRow;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Trains the learnt term reader (ADR 0030) on the development corpus: for each signal it reads, for whether a
 * registrant's fitness to practise may be in question (on the concerns where the rules found one), for each
 * quality domain, for each destination a concern may read like (ADR 0031), and for each harm level (on the concerns
 * whose reporter left harm unanswered: ADR 0036), a logistic regression ({@link
 * LogisticRegression#fitSparse}) over what the taxonomy's rules found for it and the terms of the text (its
 * analysed words and pairs of adjacent words, each present or not, and worth its naive Bayes log-count ratio
 * while fitted: ADR 0032). The signals' and domains' thresholds are the
 * probability that gave the best F1 when each fifth of the corpus was read by a model trained on the other four
 * fifths; fitness to practise, the destinations and the harm levels stand at {@link #MORE_LIKELY_THAN_NOT}, which
 * the harm does not use: the reader takes the most probable level. Deterministic: the
 * same corpus and taxonomy give the same file.
 */
public final class TermTraining {

    /**
     * The L2 penalty for each concern trained on: the best of 0.0003, 0.001 and 0.003 in cross-validation on the
     * development corpus, in the experiment ADR 0030 records.
     */
    static final double PENALTY_PER_CONCERN = 0.001;

    /** A term must be in this many concerns to be weighed: rarer ones are names, typos and chance. */
    static final int MINIMUM_CONCERNS = 3;

    /** Weights are written to this many decimal places, and one that rounds to nothing is left out. */
    private static final double PRECISION = 1e4;

    /**
     * The signals the model reads. Immediate danger is left to the rules and the form's answer: on the blind
     * split {@code val8} the learnt reading found fewer of the concerns labelled so than the rules did (F1
     * 0.53 against 0.71), and a danger missed is the one mistake the reader must not add.
     */
    static final Set<ConcernSignal> READ = Set.of(
            ConcernSignal.CROSS_PROVIDER,
            ConcernSignal.RECURRING,
            ConcernSignal.SYSTEM_WIDE,
            ConcernSignal.DEVICE_OR_IT,
            ConcernSignal.SAFEGUARDING,
            ConcernSignal.CLOSED_CULTURE,
            ConcernSignal.CONCEALMENT,
            ConcernSignal.FEAR_OF_DETRIMENT);

    /**
     * The destinations whose concerns the model learns to recognise by their words: the three routing decides by
     * weighing, which the corpus's writers sent most unlike the policy's criteria alone (ADRs 0029, 0031 and 0035).
     */
    static final Set<Destination> DESTINATIONS =
            Set.of(Destination.CQC, Destination.ICS_QUALITY_GROUP, Destination.HSSIB);

    /**
     * The threshold of the readings that send a concern to an external body, or that routing weighs for one:
     * fitness to practise, which alone opens a route to a regulator, and the destinations a concern reads like.
     * Each stands when it is more likely than not. The threshold that gives the best F1, as the signals and
     * domains have, lies lower when few concerns have the finding, and so sends more concerns to a body their
     * writers did not name: for fitness to practise it was 0.32, and on dev read out of fold 0.5 gave exact
     * match 0.685 and over-reach 10.6% against 0.681 and 11.6% (ADR 0031).
     */
    static final double MORE_LIKELY_THAN_NOT = 0.5;

    private TermTraining() {}

    /**
     * One labelled concern as the model sees it: the rules' signals and fitness to practise, the text's terms, the
     * labels.
     */
    private record Example(
            Map<ConcernSignal, Finding<ConcernSignal>> byRules,
            Finding<FitnessToPractise> fitnessByRules,
            Map<QualityDomain, Finding<QualityDomain>> domainsByRules,
            @Nullable Finding<HarmLevel> harmByRules,
            List<String> terms,
            JsonNode labels,
            Set<Destination> destinations) {

        int label(QualityDomain domain) {
            for (JsonNode labelled : labels.path("domains")) {
                if (labelled.asString().equals(domain.name())) {
                    return 1;
                }
            }
            return 0;
        }

        int label(ConcernSignal signal) {
            return labels.path(labelName(signal)).asBoolean() ? 1 : 0;
        }

        int label(Destination destination) {
            return destinations.contains(destination) ? 1 : 0;
        }

        int label(HarmLevel level) {
            return labels.path("harm").asString().equals(level.name()) ? 1 : 0;
        }

        /** Whether the writer judged a registered professional's fitness to practise in question. */
        int fitnessLabel() {
            for (JsonNode professional : labels.path("professionals")) {
                if (professional.path("fitnessToPractise").asBoolean()
                        && ProfessionalRole.valueOf(professional.path("role").asString())
                                .regulator()
                                .isPresent()) {
                    return 1;
                }
            }
            return 0;
        }
    }

    /** The model trained on a corpus file (the development corpus, {@code dev.jsonl}) beside the taxonomy on the classpath. */
    public static TermReader.Model train(Path corpus) {
        Taxonomy taxonomy = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));
        return train(
                Corpus.read(corpus),
                taxonomy,
                Corpus.source(corpus),
                Corpus.modelVersion("terms", taxonomy.version(), corpus));
    }

    /** The model trained on some labelled concerns, such as four fifths of the corpus ({@link OutOfFold}). */
    static TermReader.Model train(List<JsonNode> items, Taxonomy taxonomy, String source, String version) {
        Classifier rules = new Classifier(taxonomy);
        List<Example> examples = items.stream()
                .filter(item -> !item.path("labels").path("triage").asBoolean())
                .sorted(Corpus.BY_ID_NUMBER)
                .parallel()
                .map(item -> example(item, rules, taxonomy))
                .toList();
        Map<String, Integer> concernsWith = new HashMap<>();
        examples.forEach(example -> example.terms().forEach(term -> concernsWith.merge(term, 1, Integer::sum)));
        Map<String, Integer> vocabulary = new TreeMap<>();
        concernsWith.forEach((term, count) -> {
            if (count >= MINIMUM_CONCERNS) {
                vocabulary.put(term, 0);
            }
        });
        Set<String> common = new TreeSet<>();
        concernsWith.forEach((term, count) -> {
            if (count > DomainTraining.COMMON * examples.size()) {
                common.add(term);
            }
        });
        List<String> terms = new ArrayList<>(vocabulary.keySet());
        for (int t = 0; t < terms.size(); t++) {
            vocabulary.put(terms.get(t), t);
        }
        // Each concern's terms are looked up in the vocabulary once, for all the models that read them.
        Map<Example, int[]> present = new IdentityHashMap<>();
        examples.forEach(example -> present.put(
                example,
                example.terms().stream()
                        .map(vocabulary::get)
                        .filter(index -> index != null)
                        .mapToInt(Integer::intValue)
                        .toArray()));
        // Each model's fit shares nothing it changes with the others', so the models are fitted side by side. The
        // signals and the domains stand where their F1 out of fold is best; the others at MORE_LIKELY_THAN_NOT.
        Map<ConcernSignal, Weights> signals = fitted(
                ConcernSignal.class,
                READ,
                signal -> weights(
                        examples,
                        example -> confidence(example.byRules().get(signal)),
                        example -> example.label(signal),
                        present::get,
                        terms));
        Map<QualityDomain, Weights> domains = fitted(
                QualityDomain.class,
                EnumSet.allOf(QualityDomain.class),
                domain -> weights(
                        examples,
                        example -> confidence(example.domainsByRules().get(domain)),
                        example -> example.label(domain),
                        present::get,
                        terms));
        Map<Destination, Weights> destinations = fitted(
                Destination.class,
                DESTINATIONS,
                destination -> weights(
                        examples,
                        example -> null,
                        example -> example.label(destination),
                        present::get,
                        terms,
                        MORE_LIKELY_THAN_NOT));
        // Harm is read only where the form left it to the words, so it learns there; each level's model has the
        // rules' grading it so beside the terms, and the reader takes the most probable level.
        List<Example> harmInWords = examples.stream()
                .filter(example -> example.harmByRules() != null)
                .toList();
        Map<HarmLevel, Weights> harm = fitted(
                HarmLevel.class,
                EnumSet.allOf(HarmLevel.class),
                level -> weights(
                        harmInWords,
                        example -> example.harmByRules().value() == level
                                ? example.harmByRules().confidence()
                                : null,
                        example -> example.label(level),
                        present::get,
                        terms,
                        MORE_LIKELY_THAN_NOT));
        // Fitness to practise is read only where the rules found a registered professional, so it learns there.
        Weights fitness = weights(
                examples.stream()
                        .filter(example -> example.fitnessByRules().value() != FitnessToPractise.NOT_APPLICABLE)
                        .toList(),
                example -> example.fitnessByRules().value() == FitnessToPractise.MAY_MEET_THRESHOLD
                        ? example.fitnessByRules().confidence()
                        : null,
                Example::fitnessLabel,
                present::get,
                terms,
                MORE_LIKELY_THAN_NOT);
        return new TermReader.Model(
                version,
                taxonomy.version(),
                source + ": " + examples.size() + " concerns not labelled for triage, " + terms.size() + " terms in "
                        + MINIMUM_CONCERNS + " or more of them",
                PENALTY_PER_CONCERN,
                common,
                signals,
                fitness,
                domains,
                destinations,
                harm);
    }

    /** Each key's model, the keys' fits run side by side. */
    private static <K extends Enum<K>> Map<K, Weights> fitted(Class<K> type, Set<K> keys, Function<K, Weights> fit) {
        return keys.parallelStream()
                .collect(Collectors.toMap(key -> key, fit, (one, other) -> one, () -> new EnumMap<>(type)));
    }

    private static @Nullable Double confidence(@Nullable Finding<?> byRules) {
        return byRules == null ? null : byRules.confidence();
    }

    /**
     * One model, learnt from {@code examples}: each row is the rules' finding (its confidence; null when they did
     * not find it), then the terms present; its threshold the one with the best F1 out of fold.
     */
    private static Weights weights(
            List<Example> examples,
            Function<Example, @Nullable Double> byRules,
            ToIntFunction<Example> label,
            Function<Example, int[]> present,
            List<String> terms) {
        return weights(examples, byRules, label, present, terms, null);
    }

    /** As above, with the threshold given, or chosen as above when null. */
    private static Weights weights(
            List<Example> examples,
            Function<Example, @Nullable Double> byRules,
            ToIntFunction<Example> label,
            Function<Example, int[]> present,
            List<String> terms,
            @Nullable Double threshold) {
        List<SparseRow> rows = examples.stream()
                .map(example -> {
                    Double rules = byRules.apply(example);
                    return new SparseRow(
                            new double[] {rules == null ? 0 : 1, rules == null ? 0 : rules}, present.apply(example));
                })
                .toList();
        return weights(rows, examples.stream().mapToInt(label).toArray(), terms, threshold);
    }

    private static Weights weights(List<SparseRow> rows, int[] y, List<String> terms, @Nullable Double given) {
        double[] w = fit(rows, y, terms.size(), null);
        double threshold = given != null
                ? given
                : LogisticRegression.threshold(rows, y, (outside, labels) -> {
                    double[] fold = fit(outside, labels, terms.size(), w);
                    return row -> 1 / (1 + Math.exp(-LogisticRegression.dot(fold, row)));
                });
        Map<String, Double> byTerm = new TreeMap<>();
        for (int t = 0; t < terms.size(); t++) {
            double rounded = Math.round(w[2 + t] * PRECISION) / PRECISION;
            if (rounded != 0) {
                byTerm.put(terms.get(t), rounded);
            }
        }
        Map<String, Double> largestFirst = new LinkedHashMap<>();
        byTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(term -> largestFirst.put(term.getKey(), term.getValue()));
        return new Weights(threshold, w[w.length - 1], w[0], w[1], largestFirst);
    }

    /**
     * The weights learnt from the rows, each term scaled by its naive Bayes log-count ratio there; the fit starts
     * from {@code start} when given (all the rows' weights, for a fold of them).
     */
    private static double[] fit(List<SparseRow> rows, int[] y, int terms, double @Nullable [] start) {
        return LogisticRegression.fitSparse(
                rows,
                y,
                terms,
                PENALTY_PER_CONCERN * rows.size(),
                LogisticRegression.naiveBayesScale(rows, y, terms),
                start);
    }

    private static Example example(JsonNode item, Classifier rules, Taxonomy taxonomy) {
        ConcernRaisedV1 concern = Corpus.concern(item);
        Answers answers = Answers.of(concern);
        Findings findings = rules.classify(concern.description(), answers);
        Map<ConcernSignal, Finding<ConcernSignal>> byRules = new EnumMap<>(ConcernSignal.class);
        findings.signals().forEach(finding -> byRules.put(finding.value(), finding));
        Map<QualityDomain, Finding<QualityDomain>> domainsByRules = new EnumMap<>(QualityDomain.class);
        findings.domains().forEach(finding -> domainsByRules.put(finding.value(), finding));
        return new Example(
                byRules,
                findings.fitnessToPractise(),
                domainsByRules,
                answers.harmLeftToTheWords() ? findings.harm() : null,
                TermReader.terms(taxonomy, concern.description()),
                item.path("labels"),
                Corpus.labelledDestinations(item.path("labels"), concern.provider()));
    }

    /** The corpus's label of a signal: CROSS_PROVIDER is {@code crossProvider}. */
    static String labelName(ConcernSignal signal) {
        String[] words = signal.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
