package org.candour.evaluation;

import org.junit.jupiter.api.Test;

/**
 * The shipped domain model is what training on the shipped corpus beside the shipped taxonomy gives: a change
 * to either without training again (./candour train-domains) fails here, so the model never reads by rules
 * it was not trained beside.
 */
class DomainModelTest {

    @Test
    void theShippedModelIsTheOneTheCorpusAndTaxonomyTrain() throws Exception {
        TrainDomains.assertShipped(
                TrainDomains.MODEL,
                DomainTraining.train(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl")),
                "./candour train-domains");
    }
}
