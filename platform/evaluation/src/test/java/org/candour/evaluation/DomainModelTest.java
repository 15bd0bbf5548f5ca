package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipped domain model is what training on the shipped corpus beside the shipped taxonomy gives: a change
 * to either without training again (./candour train-domains) fails here, so the model never reads by rules
 * it was not trained beside.
 */
class DomainModelTest {

    @Test
    void theShippedModelIsTheOneTheCorpusAndTaxonomyTrain() throws Exception {
        JsonNode shipped = TrainDomains.JSON.readTree(Files.readString(TrainDomains.MODEL));
        JsonNode trained = TrainDomains.JSON.readTree(TrainDomains.JSON.writeValueAsString(
                DomainTraining.train(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl"))));

        // Compared as a yes or no: the files are ten thousand characters of weights.
        assertThat(trained.equals(shipped))
                .as("%s is out of date: run ./candour train-domains", TrainDomains.MODEL.getFileName())
                .isTrue();
    }
}
