package org.candour.evaluation;

import java.nio.file.Path;
import org.candour.classification.analysis.SignalReader;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code ./candour train-signals}: trains the learnt signal reader on the development corpus and writes it
 * beside the taxonomy. Not named *Test, so it runs only when asked for. {@code
 * -Dcandour.training.corpus=<file in the corpus directory>} trains on another file, to measure the model on a
 * split it did not learn from.
 */
class TrainSignals {

    static final Path MODEL = TrainDomains.REPOSITORY.resolve(
            "services/classification/src/main/resources/taxonomy/" + TaxonomyLoader.SIGNAL_MODEL);

    @Test
    void train() {
        SignalReader.Model model = SignalTraining.train(Corpus.directory(TrainDomains.REPOSITORY)
                .resolve(System.getProperty("candour.training.corpus", "dev.jsonl")));
        TrainDomains.JSON.writeValue(MODEL.toFile(), model);
        System.out.println("Wrote " + model.version() + " (" + model.trainedOn() + ") to " + MODEL.normalize());
    }
}
