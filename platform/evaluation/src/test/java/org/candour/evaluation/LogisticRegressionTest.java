package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.candour.evaluation.LogisticRegression.SparseRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sparse fit the signal reader is trained by against the dense one the domain reader and routing are trained
 * by, on a problem small enough for both; and the cross-validated threshold on out-of-fold probabilities set by
 * hand.
 */
class LogisticRegressionTest {

    private static final int ROWS = 60;
    private static final int DENSE = 2;
    private static final int TERMS = 5;

    /** Rows of two dense features and some of five terms (the last in none), labelled at random by a logistic model. */
    private record Problem(List<SparseRow> sparse, double[][] dense, int[] y) {

        static Problem of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SparseRow> sparse = new ArrayList<>();
            double[][] dense = new double[ROWS][];
            int[] y = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                double[] features = {random.nextInt(2), random.nextDouble()};
                double[] written = Arrays.copyOf(features, DENSE + TERMS);
                List<Integer> terms = new ArrayList<>();
                double z = -1 + 1.5 * features[0] + features[1];
                for (int t = 0; t < TERMS - 1; t++) {
                    if (random.nextDouble() < 0.4) {
                        terms.add(t);
                        written[DENSE + t] = 1;
                        z += t - 1.5;
                    }
                }
                sparse.add(new SparseRow(
                        features, terms.stream().mapToInt(Integer::intValue).toArray()));
                dense[i] = written;
                y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            }
            return new Problem(sparse, dense, y);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 3})
    void theSparseFitGivesTheWeightsOfTheDenseFitOfTheSameRows(double penalty) {
        Problem problem = Problem.of(20260518);

        double[] sparse = LogisticRegression.fitSparse(problem.sparse(), problem.y(), TERMS, penalty, worthOne(), null);
        double[] dense = LogisticRegression.fit(problem.dense(), problem.y(), penalty);

        // both: the dense features, the terms, then the intercept
        assertThat(sparse).hasSize(DENSE + TERMS + 1).containsExactly(dense, within(1e-6));
        assertThat(sparse[DENSE + TERMS - 1])
                .as("a term in no row weighs nothing")
                .isZero();
        assertThat(Arrays.stream(sparse).map(Math::abs).max().orElseThrow())
                .as("weights to compare, not all near zero")
                .isGreaterThan(0.3);
        for (int i = 0; i < ROWS; i++) {
            double z = LogisticRegression.dot(sparse, problem.sparse().get(i));
            assertThat(1 / (1 + Math.exp(-z)))
                    .isCloseTo(LogisticRegression.probability(dense, problem.dense()[i]), within(1e-6));
        }
    }

    @Test
    void aScaledFitIsTheDenseFitOfRowsWhoseTermsAreWorthTheirScaleWithEachTermsWeightTimesIt() {
        Problem problem = Problem.of(20261127);
        double[] scale = {0.5, -2, 0, 1.5, 3};
        double[][] scaled = new double[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            scaled[i] = problem.dense()[i].clone();
            for (int t = 0; t < TERMS; t++) {
                scaled[i][DENSE + t] *= scale[t];
            }
        }

        double[] sparse = LogisticRegression.fitSparse(problem.sparse(), problem.y(), TERMS, 0.5, scale, null);
        double[] dense = LogisticRegression.fit(scaled, problem.y(), 0.5);

        for (int a = 0; a < DENSE + TERMS + 1; a++) {
            double expected = a >= DENSE && a < DENSE + TERMS ? dense[a] * scale[a - DENSE] : dense[a];
            assertThat(sparse[a]).as("weight %d", a).isCloseTo(expected, within(1e-6));
        }
        assertThat(sparse[DENSE + 2]).as("a term of scale 0 weighs nothing").isZero();
        assertThat(sparse)
                .isNotEqualTo(
                        LogisticRegression.fitSparse(problem.sparse(), problem.y(), TERMS, 0.5, worthOne(), null));
    }

    @Test
    void aFitStartedFromAnotherRowsWeightsReachesTheWeightsOfAFitFromZero() {
        Problem problem = Problem.of(20261128);
        double[] scale = {0.5, -2, 0, 1.5, 3};
        // as a cross-validation fold is started from the weights fitted on all the rows: here another sample's
        Problem other = Problem.of(20261129);
        double[] start = LogisticRegression.fitSparse(other.sparse(), other.y(), TERMS, 0.5, scale, null);

        double[] fromZero = LogisticRegression.fitSparse(problem.sparse(), problem.y(), TERMS, 0.5, scale, null);
        double[] started = LogisticRegression.fitSparse(problem.sparse(), problem.y(), TERMS, 0.5, scale, start);

        assertThat(started).containsExactly(fromZero, within(1e-6));
        assertThat(start).as("a start that is not already the answer").isNotEqualTo(fromZero);
    }

    @Test
    void theNaiveBayesScaleIsTheLogOfATermsShareWhereTheLabelHoldsOverItsShareWhereItDoesNot() {
        // Term 0 in both rows labelled 1, term 1 in the row labelled 0, term 2 in one of each.
        List<SparseRow> rows = List.of(
                new SparseRow(new double[0], new int[] {0, 2}),
                new SparseRow(new double[0], new int[] {0}),
                new SparseRow(new double[0], new int[] {1, 2}));

        double[] scale = LogisticRegression.naiveBayesScale(rows, new int[] {1, 1, 0}, 3);

        // Counts one more than seen: where 1 holds 3, 1, 2 of 6; where it does not 1, 2, 2 of 5.
        assertThat(scale)
                .containsExactly(
                        new double[] {
                            Math.log((3 / 6.0) / (1 / 5.0)),
                            Math.log((1 / 6.0) / (2 / 5.0)),
                            Math.log((2 / 6.0) / (2 / 5.0))
                        },
                        within(1e-12));
    }

    @Test
    void theThresholdIsTheLowestWithTheBestF1OfTheOutOfFoldProbabilities() {
        int[] y = {1, 0, 0, 1, 0, 0, 1, 0, 0, 0};
        // Read by the model that did not learn from them. Labelled 1: 0.80, 0.62, 0.30. From 0.22 to 0.30 all
        // three and two others are found (F1 0.75); the best otherwise is 0.67.
        double[] outOfFold = {0.80, 0.70, 0.05, 0.62, 0.40, 0.05, 0.30, 0.20, 0.10, 0.05};
        List<int[]> heldOut = new ArrayList<>();

        double threshold = LogisticRegression.threshold(y, (from, to) -> {
            heldOut.add(new int[] {from, to});
            return Arrays.copyOfRange(outOfFold, from, to);
        });

        assertThat(threshold).isEqualTo(0.22);
        assertThat(heldOut)
                .as("each fifth held out once")
                .containsExactly(
                        new int[] {0, 2}, new int[] {2, 4}, new int[] {4, 6}, new int[] {6, 8}, new int[] {8, 10});
    }

    /** Each term worth 1: the plain sparse fit. */
    private static double[] worthOne() {
        double[] scale = new double[TERMS];
        Arrays.fill(scale, 1);
        return scale;
    }
}
