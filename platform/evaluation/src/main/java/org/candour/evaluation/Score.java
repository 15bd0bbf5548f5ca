package org.candour.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** How often a label was found where it was expected: true positives, false positives, false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    /** Scores the items: each where the label is expected, found, both or neither. */
    public static <T> Score of(List<T> items, Predicate<T> expected, Predicate<T> found) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (T item : items) {
            boolean e = expected.test(item);
            boolean f = found.test(item);
            if (e && f) {
                tp++;
            } else if (f) {
                fp++;
            } else if (e) {
                fn++;
            }
        }
        return new Score(tp, fp, fn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A row of the evaluation's tables: label, precision, recall, F1 and support. */
    public String row(String label) {
        return String.format(
                Locale.ROOT,
                "  %-22s %9.3f %9.3f %9.3f %7d%n",
                label,
                precision(),
                recall(),
                f1(),
                truePositives + falseNegatives);
    }
}
