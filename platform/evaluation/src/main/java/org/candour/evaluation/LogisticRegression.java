package org.candour.evaluation;

/**
 * Logistic regression by Newton's method with an L2 penalty, for the learnt parts the corpus trains: the
 * domain reader (ADR 0028) and the weighed routing rules (ADR 0029). Deterministic: the same rows in the same
 * order give the same weights.
 */
final class LogisticRegression {

    private static final int NEWTON_STEPS = 30;

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
}
