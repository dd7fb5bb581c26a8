package org.knowbridge.recommendations.engine.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A learned linear scorer over standardised features: score = sum of weight x (x - mean) / scale. Linear so
 * that every score splits into per-feature contributions, which is what the reasons are ordered by.
 */
public record LinearRankingModel(List<String> columns, double[] mean, double[] scale, double[] weights, double bias) {

    public double score(double[] x) {
        double s = bias;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * (x[j] - mean[j]) / scale[j];
        }
        return s;
    }

    /** How much each column moved the score away from the average candidate's. */
    public double[] contributions(double[] x) {
        double[] c = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            c[j] = weights[j] * (x[j] - mean[j]) / scale[j];
        }
        return c;
    }

    /** Columns by absolute weight, for reports. */
    public List<String> describe() {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < weights.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble(j -> -Math.abs(weights[j])));
        List<String> out = new ArrayList<>();
        for (int j : order) {
            out.add(String.format(java.util.Locale.ROOT, "%-40s %+.3f", columns.get(j), weights[j]));
        }
        return out;
    }
}
