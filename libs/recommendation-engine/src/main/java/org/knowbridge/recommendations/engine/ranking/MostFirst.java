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

    /** At most {@code limit} keys, in order. */
    long[] keys(int limit) {
        Arrays.sort(keys, 0, size);
        return Arrays.copyOf(keys, Math.min(limit, size));
    }

    static int node(long key) {
        return (int) key;
    }

    /** The nodes of ordered keys. */
    static int[] nodes(long[] keys) {
        int[] out = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            out[k] = node(keys[k]);
        }
        return out;
    }
}
