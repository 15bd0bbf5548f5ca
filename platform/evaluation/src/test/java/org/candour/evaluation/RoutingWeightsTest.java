package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The points of the shipped policy's weighed rules are what training on the shipped corpus, with the shipped
 * classifier, gives: a change to the corpus, the taxonomy, the domain model or the facts weighed without
 * training again (./candour train-routing) fails here.
 */
class RoutingWeightsTest {

    @Test
    void theShippedPointsAreTheOnesTheCorpusTrains() throws Exception {
        String shipped = Files.readString(TrainRouting.POLICY);

        String trained =
                RoutingTraining.train(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl"), shipped);

        assertThat(trained.equals(shipped))
                .as("the points in %s are out of date: run ./candour train-routing", TrainRouting.POLICY.getFileName())
                .isTrue();
    }
}
