package org.candour.evaluation;

import java.nio.file.Path;
import org.candour.classification.analysis.DomainReader;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./candour train-domains}: trains the learnt domain reader on the development corpus and writes it
 * beside the taxonomy. Not named *Test, so it runs only when asked for. {@code
 * -Dcandour.training.corpus=<file in the corpus directory>} trains on another file, to measure the model on a
 * split it did not learn from.
 */
class TrainDomains {

    static final Path REPOSITORY = Path.of("../..");

    static final Path MODEL =
            REPOSITORY.resolve("services/classification/src/main/resources/taxonomy/" + TaxonomyLoader.DOMAIN_MODEL);

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void train() {
        DomainReader.Model model = DomainTraining.train(
                Corpus.directory(REPOSITORY).resolve(System.getProperty("candour.training.corpus", "dev.jsonl")));
        JSON.writeValue(MODEL.toFile(), model);
        System.out.println("Wrote " + model.version() + " (" + model.trainedOn() + ") to " + MODEL.normalize());
    }
}
