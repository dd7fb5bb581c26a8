package org.knowbridge.recommendations.engine.signals;

import java.util.Arrays;

/**
 * Dense per-index sums (one or more columns over the same indices, e.g. nodes) that remember which indices were
 * written, so that they can be read like plain arrays, iterated over what was written, and cleared for the next
 * request at those indices only. A request then costs what it touches rather than the graph's size, and
 * allocates nothing once the columns are large enough. Not thread-safe: one request at a time.
 */
public final class ScratchColumns {

    private final double[][] columns;
    private boolean[] written;
    private int[] indices;
    private int size;

    /** Empty columns; {@link #clearFor} sizes them. */
    public ScratchColumns(int columnCount) {
        columns = new double[columnCount][0];
        written = new boolean[0];
        indices = new int[0];
    }

    /** All zero and nothing written, for indices below {@code n} at least (kept larger when they were). */
    public ScratchColumns clearFor(int n) {
        for (double[] column : columns) {
            for (int i = 0; i < size; i++) {
                column[indices[i]] = 0;
            }
        }
        for (int i = 0; i < size; i++) {
            written[indices[i]] = false;
        }
        size = 0;
        if (written.length < n) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = new double[n];
            }
            written = new boolean[n];
            indices = new int[n];
        }
        return this;
    }

    /** Records that the index is about to be written (every column is read as zero where it was not). */
    public void touch(int index) {
        if (!written[index]) {
            written[index] = true;
            indices[size++] = index;
        }
    }

    /** The column's values, by index: zero where untouched. Its length can exceed the size asked for. */
    public double[] column(int c) {
        return columns[c];
    }

    /** Whether the array is one of these columns (the same array, not an equal one). */
    public boolean holds(double[] array) {
        for (double[] column : columns) {
            if (column == array) {
                return true;
            }
        }
        return false;
    }

    /** How many indices were written since the last clear. */
    public int touched() {
        return size;
    }

    /** The k-th index written (in the order first written, or ascending after {@link #sortTouched}). */
    public int touchedIndex(int k) {
        return indices[k];
    }

    /** Puts the written indices in ascending order, for sums that must run in index order. */
    public void sortTouched() {
        if (size > written.length / 16) {
            // many: reading the flags in order is cheaper than sorting
            int k = 0;
            for (int i = 0; k < size; i++) {
                if (written[i]) {
                    indices[k++] = i;
                }
            }
        } else {
            Arrays.sort(indices, 0, size);
        }
    }
}
