package org.candour.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Logistic regression by Newton's method with an L2 penalty, for the learnt parts the corpus trains: the
 * domain reader (ADR 0028), the weighed routing rules (ADR 0029) and the signal reader (ADR 0030), and the
 * cross-validated threshold each reader keeps a finding from. Deterministic: the same rows in the same order
 * give the same weights.
 */
final class LogisticRegression {

    private static final int NEWTON_STEPS = 30;

    /** The folds of the cross-validation that chooses a threshold. */
    static final int FOLDS = 5;

    /** Conjugate-gradient steps toward each Newton step of a sparse fit, at most. */
    private static final int CONJUGATE_GRADIENT_STEPS = 250;

    private LogisticRegression() {}

    /**
     * The weights for each feature, then the intercept, that maximise the likelihood of the labels less
     * {@code penalty / 2} times the sum of the squared weights (the intercept is not penalised).
     */
    static double[] fit(double[][] x, int[] y, double penalty) {
        int m = x[0].length;
        int p = m + 1;
        double[] w = new double[p];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double pr = probability(w, x[i]);
                double residual = pr - y[i];
                double curvature = pr * (1 - pr);
                for (int a = 0; a < m; a++) {
                    gradient[a] += residual * x[i][a];
                    double ca = curvature * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += ca * x[i][b];
                    }
                    hessian[m][a] += ca;
                }
                gradient[m] += residual;
                hessian[m][m] += curvature;
            }
            for (int a = 0; a < m; a++) {
                gradient[a] += penalty * w[a];
                hessian[a][a] += penalty;
            }
            hessian[m][m] += 1e-9;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
            }
            for (int a = 0; a < m; a++) {
                hessian[a][m] = hessian[m][a];
            }
            double[] change = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < p; a++) {
                w[a] -= change[a];
                largest = Math.max(largest, Math.abs(change[a]));
            }
            if (largest < 1e-7) {
                break;
            }
        }
        return w;
    }

    static double probability(double[] w, double[] x) {
        double z = w[w.length - 1];
        for (int a = 0; a < x.length; a++) {
            z += w[a] * x[a];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves a symmetric positive-definite system by Cholesky decomposition. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * One row of a sparse fit: a few dense features, then terms present (each worth 1), named by their index
     * after the dense features.
     */
    record SparseRow(double[] dense, int[] terms) {}

    /**
     * The weights for each dense feature, then each of {@code terms} terms, then the intercept, that maximise the
     * likelihood of the labels less {@code penalty / 2} times the sum of the squared weights (the intercept is not
     * penalised). Newton's method with each step found by conjugate gradients and halved until it improves, so
     * that tens of thousands of terms are fitted without a matrix of their squares. Each step is found only as
     * closely as the fit needs it then (an inexact Newton method, Nocedal and Wright, Numerical Optimization,
     * section 7.1): the conjugate gradients stop when what is left of the gradient is {@code min(0.5,
     * sqrt(|g| / |g0|))} of it, where g0 is the first step's gradient, and never closer than 0.001 of it, so early
     * steps, far from the maximum, take few. Each term present is worth {@code scale[t]} instead of 1 while
     * fitting, so that the penalty holds a term's weight to the scale given it (a term of scale 0 weighs nothing;
     * all 1 is the plain fit). The weights returned are for the rows as they are, terms worth 1: each term's fitted
     * weight times its scale.
     *
     * <p>Newton's method starts from {@code start} (weights as this method returns them, for rows like these), when
     * it is given and its objective is lower than that of all weights 0. The objective has one maximum, so the
     * start changes only how few steps reach it: a cross-validation fold, started from the weights fitted on all
     * the rows, is fitted in fewer steps (timings in {@code docs/benchmarks/training.md}).
     */
    static double[] fitSparse(
            List<SparseRow> given, int[] y, int terms, double penalty, double[] scale, double @Nullable [] start) {
        List<ScaledRow> rows =
                given.stream().map(row -> ScaledRow.of(row, scale)).toList();
        int dense = given.getFirst().dense().length;
        int p = dense + terms + 1;
        double[] w = new double[p];
        double objective = objective(rows, y, w, penalty);
        if (start != null) {
            // Each term's weight as fitted: the same log-odds for every row, whatever scale the term has here.
            double[] fitted = start.clone();
            for (int t = 0; t < terms; t++) {
                fitted[dense + t] = scale[t] == 0 ? 0 : start[dense + t] / scale[t];
            }
            double startObjective = objective(rows, y, fitted, penalty);
            if (startObjective < objective) {
                w = fitted;
                objective = startObjective;
            }
        }
        double firstSize = -1;
        for (int step = 0; step < NEWTON_STEPS * 2; step++) {
            double[] probability = new double[rows.size()];
            double[] gradient = penalised(w, penalty);
            for (int i = 0; i < rows.size(); i++) {
                probability[i] = 1 / (1 + Math.exp(-rows.get(i).dot(w)));
                rows.get(i).addTo(gradient, probability[i] - y[i]);
            }
            double size = norm(gradient);
            if (size < 1e-6) {
                break;
            }
            if (firstSize < 0) {
                firstSize = size;
            }
            double forcing = Math.max(1e-3, Math.min(0.5, Math.sqrt(size / firstSize)));
            double[] direction = newtonStep(rows, probability, gradient, penalty, forcing * size);
            double length = 1;
            double[] next = new double[p];
            double nextObjective = objective;
            for (int halving = 0; halving < 30; halving++) {
                for (int a = 0; a < p; a++) {
                    next[a] = w[a] - length * direction[a];
                }
                nextObjective = objective(rows, y, next, penalty);
                if (nextObjective <= objective) {
                    break;
                }
                length /= 2;
            }
            if (nextObjective > objective) {
                break;
            }
            boolean converged = objective - nextObjective < 1e-10 * Math.max(1, objective);
            w = next;
            objective = nextObjective;
            if (converged) {
                break;
            }
        }
        for (int t = 0; t < terms; t++) {
            w[dense + t] *= scale[t];
        }
        return w;
    }

    /**
     * A row as {@link #fitSparse} reads it, again and again: each term present beside its scale, looked up once
     * rather than at every pass over the rows. The products and their order are the ones a lookup each time gives.
     */
    private record ScaledRow(double[] dense, int[] terms, double[] worth) {

        static ScaledRow of(SparseRow row, double[] scale) {
            double[] worth = new double[row.terms().length];
            for (int k = 0; k < worth.length; k++) {
                worth[k] = scale[row.terms()[k]];
            }
            return new ScaledRow(row.dense(), row.terms(), worth);
        }

        /** The row's log-odds under weights {@code w}: its dense features, its terms, the intercept. */
        double dot(double[] w) {
            double z = w[w.length - 1];
            for (int a = 0; a < dense.length; a++) {
                z += w[a] * dense[a];
            }
            for (int k = 0; k < terms.length; k++) {
                z += w[dense.length + terms[k]] * worth[k];
            }
            return z;
        }

        /** Adds {@code times} the row to {@code sum}. */
        void addTo(double[] sum, double times) {
            for (int a = 0; a < dense.length; a++) {
                sum[a] += times * dense[a];
            }
            for (int k = 0; k < terms.length; k++) {
                sum[dense.length + terms[k]] += times * worth[k];
            }
            sum[sum.length - 1] += times;
        }
    }

    /**
     * Solves (Hessian) d = gradient by conjugate gradients, Hessian-times-vector from the rows, until what is left
     * of the gradient is no longer than {@code left}.
     */
    private static double[] newtonStep(
            List<ScaledRow> rows, double[] probability, double[] gradient, double penalty, double left) {
        int p = gradient.length;
        double[] d = new double[p];
        double[] r = gradient.clone();
        double[] direction = r.clone();
        double rr = dot(r, r);
        for (int step = 0; step < CONJUGATE_GRADIENT_STEPS && Math.sqrt(rr) > left; step++) {
            double[] hd = penalised(direction, penalty);
            hd[p - 1] += 1e-9 * direction[p - 1];
            for (int i = 0; i < rows.size(); i++) {
                double curvature = probability[i] * (1 - probability[i]);
                rows.get(i).addTo(hd, curvature * rows.get(i).dot(direction));
            }
            double alpha = rr / dot(direction, hd);
            for (int a = 0; a < p; a++) {
                d[a] += alpha * direction[a];
                r[a] -= alpha * hd[a];
            }
            double next = dot(r, r);
            for (int a = 0; a < p; a++) {
                direction[a] = r[a] + next / rr * direction[a];
            }
            rr = next;
        }
        return d;
    }

    private static double objective(List<ScaledRow> rows, int[] y, double[] w, double penalty) {
        double loss = 0;
        for (int i = 0; i < rows.size(); i++) {
            double z = rows.get(i).dot(w);
            // log(1 + e^z) - y z, without overflow
            loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
        }
        double squares = 0;
        for (int a = 0; a < w.length - 1; a++) {
            squares += w[a] * w[a];
        }
        return loss + penalty / 2 * squares;
    }

    /** The penalty's gradient (or Hessian times v): penalty times each weight but the intercept. */
    private static double[] penalised(double[] v, double penalty) {
        double[] out = new double[v.length];
        for (int a = 0; a < v.length - 1; a++) {
            out[a] = penalty * v[a];
        }
        return out;
    }

    /** The row's log-odds under weights {@code w}: its dense features, its terms (each worth 1), the intercept. */
    static double dot(double[] w, SparseRow row) {
        double[] dense = row.dense();
        double z = w[w.length - 1];
        for (int a = 0; a < dense.length; a++) {
            z += w[a] * dense[a];
        }
        for (int term : row.terms()) {
            z += w[dense.length + term];
        }
        return z;
    }

    /**
     * Each term's naive Bayes log-count ratio in the rows (Wang and Manning, 2012): the log of its share of the
     * term counts of the rows labelled 1 over its share of those labelled 0, each count one more than seen. Positive
     * for a term more common where the label holds, near 0 for one that says little either way; as a scale for
     * {@link #fitSparse} it lets the penalty hold back most the terms that say least.
     */
    static double[] naiveBayesScale(List<SparseRow> rows, int[] y, int terms) {
        double[] positive = new double[terms];
        double[] negative = new double[terms];
        Arrays.fill(positive, 1);
        Arrays.fill(negative, 1);
        for (int i = 0; i < rows.size(); i++) {
            double[] counts = y[i] == 1 ? positive : negative;
            for (int term : rows.get(i).terms()) {
                counts[term]++;
            }
        }
        double positiveTotal = Arrays.stream(positive).sum();
        double negativeTotal = Arrays.stream(negative).sum();
        double[] scale = new double[terms];
        for (int t = 0; t < terms; t++) {
            scale[t] = Math.log((positive[t] / positiveTotal) / (negative[t] / negativeTotal));
        }
        return scale;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    /** Fits a model to rows and their labels, and gives the probability it reads in any row. */
    interface Trainer<T> {
        ToDoubleFunction<T> train(List<T> rows, int[] y);
    }

    /** Where fold {@code fold} of {@code size} rows in their order starts: fold {@link #FOLDS} starts at the end. */
    static int foldStart(int size, int fold) {
        return fold * size / FOLDS;
    }

    /** The rows outside rows {@code from} to {@code to} (exclusive), in their order. */
    static <T> List<T> outside(List<T> rows, int from, int to) {
        List<T> outside = new ArrayList<>(rows.subList(0, from));
        outside.addAll(rows.subList(to, rows.size()));
        return outside;
    }

    /** {@link #threshold(int[], Fold)} for a model {@code trainer} fits on the rows outside each fold. */
    static <T> double threshold(List<T> rows, int[] y, Trainer<T> trainer) {
        return threshold(y, (from, to) -> {
            List<T> outside = outside(rows, from, to);
            int[] labels = new int[y.length - (to - from)];
            System.arraycopy(y, 0, labels, 0, from);
            System.arraycopy(y, to, labels, from, y.length - to);
            return rows.subList(from, to).stream()
                    .mapToDouble(trainer.train(outside, labels))
                    .toArray();
        });
    }

    /** A model trained without rows {@code from} to {@code to} (exclusive), and its probabilities for them. */
    interface Fold {
        double[] heldOut(int from, int to);
    }

    /**
     * The threshold from 0.10 to 0.88 with the best F1 when each fifth of the rows is read by a model trained on
     * the other four fifths; the lowest of equals.
     */
    static double threshold(int[] y, Fold fold) {
        double[] outOfFold = new double[y.length];
        for (int k = 0; k < FOLDS; k++) {
            int from = foldStart(y.length, k);
            int to = foldStart(y.length, k + 1);
            System.arraycopy(fold.heldOut(from, to), 0, outOfFold, from, to - from);
        }
        double best = 0;
        double bestF1 = -1;
        for (int step = 5; step <= 44; step++) {
            double threshold = step / 50.0;
            double f1 = f1(outOfFold, y, threshold);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private static double f1(double[] p, int[] y, double threshold) {
        int tp = 0;
        int wrong = 0;
        for (int i = 0; i < p.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (predicted && y[i] == 1) {
                tp++;
            } else if (predicted || y[i] == 1) {
                wrong++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + wrong);
    }
}
