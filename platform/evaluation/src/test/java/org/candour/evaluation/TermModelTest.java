package org.candour.evaluation;

import org.junit.jupiter.api.Test;

/**
 * The shipped term model is what training on the shipped corpus beside the shipped taxonomy gives: a change
 * to either without training again (./candour train-terms) fails here, so the model never weighs terms the
 * taxonomy no longer analyses that way, beside rules it was not trained beside.
 */
class TermModelTest {

    @Test
    void theShippedModelIsTheOneTheCorpusAndTaxonomyTrain() throws Exception {
        TrainDomains.assertShipped(
                TrainTerms.MODEL,
                TermTraining.train(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl")),
                "./candour train-terms");
    }
}
