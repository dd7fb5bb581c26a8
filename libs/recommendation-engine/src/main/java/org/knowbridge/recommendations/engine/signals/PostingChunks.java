package org.knowbridge.recommendations.engine.signals;

/**
 * Per term, a value per posting, held in chunks of 1,024 postings: the value of posting {@code j} of term
 * {@code t} is {@code values[t][j >>> BITS][j & MASK]}. A new version shares every chunk it did not change, so
 * changing a few nodes costs a chunk per term they hold, not a copy of a broad term's every value.
 */
final class PostingChunks {

    static final int BITS = 10;
    static final int MASK = (1 << BITS) - 1;

    private final double[][][] before;
    private final double[][][] values;

    /** A new version of {@code before}, sharing all of it until {@link #set} changes a value. */
    PostingChunks(double[][][] before) {
        this.before = before;
        this.values = before.clone();
    }

    /** Empty chunks for one term's {@code postings} values. */
    static double[][] sized(int postings) {
        double[][] chunks = new double[(postings + MASK) >>> BITS][];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = new double[Math.min(postings - (c << BITS), MASK + 1)];
        }
        return chunks;
    }

    /** Sets the value of posting {@code at} of term {@code t}, copying its chunk the first time it is changed. */
    void set(int t, int at, double value) {
        int c = at >>> BITS;
        if (values[t] == before[t]) {
            values[t] = before[t].clone();
        }
        if (values[t][c] == before[t][c]) {
            values[t][c] = before[t][c].clone();
        }
        values[t][c][at & MASK] = value;
    }

    double[][][] values() {
        return values;
    }
}
