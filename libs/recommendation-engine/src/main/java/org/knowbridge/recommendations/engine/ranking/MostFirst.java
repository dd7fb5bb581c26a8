package org.knowbridge.recommendations.engine.ranking;

import java.util.Arrays;

/**
 * Nodes with a positive count, largest count first, ties by lower node first: one long per node (count and
 * node packed so that a plain sort orders them), no boxing.
 */
final class MostFirst {

    private long[] keys = new long[16];
    private int size;

    /** Adds the node when its count is positive. */
    void add(int node, int count) {
        if (count <= 0) {
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = ((long) (Integer.MAX_VALUE - count) << 32) | node;
    }

    /** At most {@code limit} nodes, in order. */
    int[] nodes(int limit) {
        Arrays.sort(keys, 0, size);
        int[] out = new int[Math.min(limit, size)];
        for (int k = 0; k < out.length; k++) {
            out[k] = (int) keys[k];
        }
        return out;
    }
}
