package org.candour.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.DomainReader;
import org.candour.classification.analysis.Taxonomy;
import org.candour.classification.analysis.TermReader;
import org.candour.classification.analysis.WordVectors;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Classifiers that never learnt from the concern they read. The corpus, in id order, is cut into
 * {@link LogisticRegression#FOLDS} parts; each part is read by a classifier with the shipped taxonomy whose
 * domain reader and term reader were both trained on the other parts alone. Figures measured this way say how
 * the readers do on wording they have not seen, where the shipped readers, which learnt the whole corpus, all
 * but recite its labels; and what is learnt from the classifier's findings ({@link RoutingTraining}) learns
 * from findings made as they are made for a new concern.
 */
public final class OutOfFold {

    private OutOfFold() {}

    /** For each concern of the corpus file (by id), the classifier that did not learn from it. */
    public static Function<JsonNode, Classifier> classifiers(Path corpus) {
        Taxonomy taxonomy = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));
        Classifier rules = new Classifier(taxonomy);
        WordVectors vectors = WordVectors.bundled();
        List<JsonNode> items =
                Corpus.read(corpus).stream().sorted(Corpus.BY_ID_NUMBER).toList();
        Map<String, Classifier> byId = new HashMap<>();
        for (int fold = 0; fold < LogisticRegression.FOLDS; fold++) {
            int from = fold * items.size() / LogisticRegression.FOLDS;
            int to = (fold + 1) * items.size() / LogisticRegression.FOLDS;
            List<JsonNode> others = new ArrayList<>(items.subList(0, from));
            others.addAll(items.subList(to, items.size()));
            String source = "fold " + fold;
            Classifier classifier = new Classifier(
                    taxonomy,
                    new DomainReader(DomainTraining.train(others, rules, source, "domains-fold-" + fold), vectors),
                    new TermReader(TermTraining.train(others, taxonomy, source, "terms-fold-" + fold)));
            items.subList(from, to).forEach(item -> byId.put(Corpus.id(item), classifier));
        }
        return item -> {
            Classifier classifier = byId.get(Corpus.id(item));
            if (classifier == null) {
                throw new IllegalArgumentException(Corpus.id(item) + " is not in the corpus the folds were cut from");
            }
            return classifier;
        };
    }
}
