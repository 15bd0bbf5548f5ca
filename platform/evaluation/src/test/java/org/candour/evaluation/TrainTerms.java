package org.candour.evaluation;

import java.nio.file.Path;
import org.candour.classification.analysis.TermReader;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code ./candour train-terms}: trains the learnt term reader on the development corpus and writes it
 * beside the taxonomy. Not named *Test, so it runs only when asked for. {@code
 * -Dcandour.training.corpus=<file in the corpus directory>} trains on another file, to measure the model on a
 * split it did not learn from.
 */
class TrainTerms {

    static final Path MODEL = TrainDomains.REPOSITORY.resolve(
            "services/classification/src/main/resources/taxonomy/" + TaxonomyLoader.TERM_MODEL);

    @Test
    void train() {
        TermReader.Model model = TermTraining.train(Corpus.directory(TrainDomains.REPOSITORY)
                .resolve(System.getProperty("candour.training.corpus", "dev.jsonl")));
        TrainDomains.JSON.writeValue(MODEL.toFile(), model);
        System.out.println("Wrote " + model.version() + " (" + model.trainedOn() + ") to " + MODEL.normalize());
    }
}
