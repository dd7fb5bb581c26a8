package org.knowbridge.recommendations.engine.learning;

import java.util.List;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.ranking.LinearRankingModel;

/**
 * L2-regularised logistic regression on standardised columns, fitted by full-batch gradient descent with
 * Adam steps (no learning-rate tuning per data set); deterministic, parallel over rows.
 */
public final class LogisticRegressionTrainer {

    private final double l2;
    private final int iterations;

    public LogisticRegressionTrainer(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    public LinearRankingModel fit(List<String> columns, double[][] x, boolean[] y) {
        int n = x.length;
        int d = columns.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j] / n);
            if (scale[j] < 1e-12) {
                scale[j] = 1; // a constant column: its weight stays 0
            }
        }
        double[][] z = new double[n][d];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        });
        double positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double[] w = new double[d + 1]; // last = bias
        w[d] = Math.log(Math.max(positives, 1) / Math.max(n - positives, 1));
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        double rate = 0.05;
        for (int t = 1; t <= iterations; t++) {
            double[] weights = w;
            double[] grad = IntStream.range(0, n)
                    .parallel()
                    .collect(
                            () -> new double[d + 1],
                            (g, i) -> {
                                double s = weights[d];
                                double[] zi = z[i];
                                for (int j = 0; j < d; j++) {
                                    s += weights[j] * zi[j];
                                }
                                double err = 1 / (1 + Math.exp(-s)) - (y[i] ? 1 : 0);
                                for (int j = 0; j < d; j++) {
                                    g[j] += err * zi[j];
                                }
                                g[d] += err;
                            },
                            (a, b) -> {
                                for (int j = 0; j <= d; j++) {
                                    a[j] += b[j];
                                }
                            });
            for (int j = 0; j <= d; j++) {
                double gj = grad[j] / n + (j < d ? l2 * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * gj;
                v[j] = 0.999 * v[j] + 0.001 * gj * gj;
                double mh = m[j] / (1 - Math.pow(0.9, t));
                double vh = v[j] / (1 - Math.pow(0.999, t));
                w[j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        double[] weights = new double[d];
        System.arraycopy(w, 0, weights, 0, d);
        return new LinearRankingModel(List.copyOf(columns), mean, scale, weights, w[d]);
    }
}
