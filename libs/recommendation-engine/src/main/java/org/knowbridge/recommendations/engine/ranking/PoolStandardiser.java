package org.knowbridge.recommendations.engine.ranking;

/**
 * Puts every feature next to its standardised value within the firm's own candidate pool. The model then
 * compares a candidate with the other candidates of the same firm ("three times as connected as the
 * usual candidate for you") as well as on the absolute scale; the pool-relative part is what carries over
 * from the smaller graph the model was trained on to the full graph it ranks on.
 */
public final class PoolStandardiser {

    private PoolStandardiser() {}

    /** Raw features followed by their within-pool z-scores: twice as many columns. */
    public static double[][] expand(double[][] pool) {
        if (pool.length == 0) {
            return pool;
        }
        int d = pool[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : pool) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= pool.length;
        }
        for (double[] row : pool) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / Math.max(1, pool.length - 1));
        }
        double[][] out = new double[pool.length][2 * d];
        for (int i = 0; i < pool.length; i++) {
            System.arraycopy(pool[i], 0, out[i], 0, d);
            for (int j = 0; j < d; j++) {
                out[i][d + j] = sd[j] > 1e-12 ? (pool[i][j] - mean[j]) / sd[j] : 0;
            }
        }
        return out;
    }
}
