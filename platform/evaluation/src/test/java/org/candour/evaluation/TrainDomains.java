package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Fails unless the model file {@code shipped} holds what training gives now, naming the command that trains
     * it. Compared as a yes or no: the files are thousands of weights.
     */
    static void assertShipped(Path shipped, Object trained, String command) throws IOException {
        assertThat(JSON.readTree(JSON.writeValueAsString(trained)).equals(JSON.readTree(Files.readString(shipped))))
                .as("%s is out of date: run %s", shipped.getFileName(), command)
                .isTrue();
    }
}
