package org.candour.evaluation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.DomainReader;
import org.candour.classification.analysis.Taxonomy;
import org.candour.classification.analysis.TermReader;
import org.candour.classification.analysis.WordVectors;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Classifiers, and routing policies, that never learnt from the concern they read. The corpus, in id order, is
 * cut into {@link LogisticRegression#FOLDS} parts; each part is read by a classifier with the shipped taxonomy
 * whose domain reader and term reader were both trained on the other parts alone, and, when asked, routed by the
 * policy whose weighed rules' points were learnt from the other parts as their own such classifiers read them.
 * Figures measured this way say how the learnt parts do on wording they have not seen, where the shipped ones,
 * which learnt the whole corpus, all but recite its labels; and what is learnt from the classifier's findings
 * ({@link RoutingTraining}) learns from findings made as they are made for a new concern.
 *
 * <p>Each part may be read by learnt parts that learnt from only a share of the other parts' concerns, spread
 * evenly through them in id order: the figures at a half, three quarters and all of them say how far more
 * labelled concerns can be expected to take the learnt parts.
 */
public final class OutOfFold {

    private final List<List<JsonNode>> parts = new ArrayList<>();
    private final List<Classifier> classifiers = new ArrayList<>();
    private final Map<String, Integer> partOf = new HashMap<>();
    private final double share;

    private OutOfFold(Path corpus, double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(
                    "The share of the other parts to learn from must be more than 0 and at most 1, not " + share);
        }
        this.share = share;
        Taxonomy taxonomy = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));
        Classifier rules = new Classifier(taxonomy);
        WordVectors vectors = WordVectors.bundled();
        List<JsonNode> items =
                Corpus.read(corpus).stream().sorted(Corpus.BY_ID_NUMBER).toList();
        // The folds' trainings share nothing they change, so they run side by side, each classifier in its place.
        classifiers.addAll(IntStream.range(0, LogisticRegression.FOLDS)
                .parallel()
                .mapToObj(fold -> {
                    List<JsonNode> others = evenShare(
                            LogisticRegression.outside(items, from(items, fold), from(items, fold + 1)), share);
                    String source = "fold " + fold;
                    return new Classifier(
                            taxonomy,
                            new DomainReader(
                                    DomainTraining.train(others, rules, vectors, source, "domains-fold-" + fold),
                                    vectors),
                            new TermReader(TermTraining.train(others, taxonomy, source, "terms-fold-" + fold)));
                })
                .toList());
        for (int fold = 0; fold < LogisticRegression.FOLDS; fold++) {
            List<JsonNode> part = items.subList(from(items, fold), from(items, fold + 1));
            parts.add(part);
            for (JsonNode item : part) {
                partOf.put(Corpus.id(item), fold);
            }
        }
    }

    /** Where the fold starts in the items, cut as the thresholds' cross-validation cuts its rows. */
    private static int from(List<JsonNode> items, int fold) {
        return LogisticRegression.foldStart(items.size(), fold);
    }

    /** The corpus file cut into parts, a classifier trained without each. */
    public static OutOfFold of(Path corpus) {
        return of(corpus, 1);
    }

    /** The same, each classifier and policy learning from only {@code share} of the other parts' concerns. */
    public static OutOfFold of(Path corpus, double share) {
        return new OutOfFold(corpus, share);
    }

    /** For each concern of the corpus file (by id), the classifier that did not learn from it. */
    public static Function<JsonNode, Classifier> classifiers(Path corpus) {
        return of(corpus)::classifier;
    }

    /** The classifier that did not learn from the concern. */
    public Classifier classifier(JsonNode item) {
        return classifiers.get(part(item));
    }

    /**
     * For each concern, the routing policy {@code document} with its weighed rules' points learnt from the other
     * parts, each concern there read by its own classifier that did not learn from it.
     */
    public Function<JsonNode, RoutingPolicy> policies(String document) {
        List<List<RoutingTraining.Example>> examples = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            Classifier classifier = classifiers.get(part);
            examples.add(parts.get(part).parallelStream()
                    .map(item -> RoutingTraining.Example.of(item, classifier))
                    .toList());
        }
        List<RoutingPolicy> policies = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            List<RoutingTraining.Example> others = new ArrayList<>();
            for (int other = 0; other < parts.size(); other++) {
                if (other != part) {
                    others.addAll(examples.get(other));
                }
            }
            String trained = RoutingTraining.train(evenShare(others, share), document);
            policies.add(RoutingPolicyFile.read(new ByteArrayInputStream(trained.getBytes(StandardCharsets.UTF_8))));
        }
        return item -> policies.get(part(item));
    }

    /**
     * The given share of the list, spread evenly through it in its order: each item where the running count of the
     * share passes a whole one, so a half is every second item and all is the list.
     */
    static <T> List<T> evenShare(List<T> list, double share) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (Math.floor((i + 1) * share) > Math.floor(i * share)) {
                kept.add(list.get(i));
            }
        }
        return kept;
    }

    private int part(JsonNode item) {
        Integer part = partOf.get(Corpus.id(item));
        if (part == null) {
            throw new IllegalArgumentException(Corpus.id(item) + " is not in the corpus the parts were cut from");
        }
        return part;
    }
}
