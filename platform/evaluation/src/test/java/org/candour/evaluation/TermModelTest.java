package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipped term model is what training on the shipped corpus beside the shipped taxonomy gives: a change
 * to either without training again (./candour train-terms) fails here, so the model never weighs terms the
 * taxonomy no longer analyses that way, beside rules it was not trained beside.
 */
class TermModelTest {

    @Test
    void theShippedModelIsTheOneTheCorpusAndTaxonomyTrain() throws Exception {
        JsonNode shipped = TrainDomains.JSON.readTree(Files.readString(TrainTerms.MODEL));
        JsonNode trained = TrainDomains.JSON.readTree(TrainDomains.JSON.writeValueAsString(
                TermTraining.train(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl"))));

        // Compared as a yes or no: the file is tens of thousands of weights.
        assertThat(trained.equals(shipped))
                .as("%s is out of date: run ./candour train-terms", TrainTerms.MODEL.getFileName())
                .isTrue();
    }
}
