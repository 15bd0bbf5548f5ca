package org.candour.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ./candour train-routing}: trains the weighed rules of the routing policy (ADR 0029) on the
 * development corpus and writes their points into the policy file, leaving the rest of it as written. Not
 * named *Test, so it runs only when asked for. Train the domain reader first ({@code ./candour
 * train-domains}): the weights are learnt from what the shipped classifier finds. {@code
 * -Dcandour.training.corpus=<file in the corpus directory>} trains on another file, to measure the policy on
 * a split it did not learn from.
 */
class TrainRouting {

    static final Path POLICY =
            TrainDomains.REPOSITORY.resolve("services/routing/src/main/resources/policy/routing-policy.json");

    @Test
    void train() throws Exception {
        String trained = RoutingTraining.train(
                Corpus.directory(TrainDomains.REPOSITORY)
                        .resolve(System.getProperty("candour.training.corpus", "dev.jsonl")),
                Files.readString(POLICY));
        Files.writeString(POLICY, trained);
        System.out.println("Wrote the weighed rules' points to " + POLICY.normalize());
    }
}
