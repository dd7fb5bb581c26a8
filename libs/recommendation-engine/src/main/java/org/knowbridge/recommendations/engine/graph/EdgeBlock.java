package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;

/**
 * The partner rows of up to 1,024 consecutive nodes: their edges' arrays, where each node's row starts in them,
 * and each node's strength. Immutable once built; a snapshot patched from another shares its untouched blocks, so a
 * change copies the blocks of the nodes it touched, not the whole graph's edges.
 */
final class EdgeBlock {

    static final int NODE_BITS = 10;
    static final int NODE_MASK = (1 << NODE_BITS) - 1;

    /** Local: node {@code k} of the block has the edges {@code offsets[k] .. offsets[k + 1]}. */
    final int[] offsets;

    final long[] strength;
    final EdgeArrays edges;

    EdgeBlock(int[] offsets, long[] strength, EdgeArrays edges) {
        this.offsets = offsets;
        this.strength = strength;
        this.edges = edges;
    }

    /** Every node's partner row (merged by {@code row} from its collaborations), block by block. */
    static EdgeBlock[] every(int n, PartnerRow row, int[][] members, int[][] roles, int[][] collabsOf) {
        EdgeBlock[] all = new EdgeBlock[count(n)];
        for (int b = 0; b < all.length; b++) {
            int first = b << NODE_BITS;
            int size = Math.min(n - first, NODE_MASK + 1);
            int[] offsets = new int[size + 1];
            long[] strength = new long[size];
            EdgeArrays edges = new EdgeArrays(1024);
            for (int k = 0; k < size; k++) {
                row.merge(first + k, collabsOf[first + k], members, roles);
                edges.ensure(offsets[k] + row.size());
                strength[k] = row.writeTo(edges, offsets[k]);
                offsets[k + 1] = offsets[k] + row.size();
            }
            edges.trim(offsets[size]);
            all[b] = new EdgeBlock(offsets, strength, edges);
        }
        return all;
    }

    /**
     * The previous blocks shared, those holding a touched node (ascending) made anew: its untouched rows copied, its
     * touched ones merged.
     */
    static EdgeBlock[] patched(
            EdgeBlock[] previous,
            int[] touchedNodes,
            PartnerRow row,
            int[][] members,
            int[][] roles,
            int[][] collabsOf) {
        EdgeBlock[] all = previous.clone();
        for (int t = 0; t < touchedNodes.length; ) {
            int b = touchedNodes[t] >>> NODE_BITS;
            int end = t;
            while (end < touchedNodes.length && touchedNodes[end] >>> NODE_BITS == b) {
                end++;
            }
            all[b] = rebuilt(previous[b], b, Arrays.copyOfRange(touchedNodes, t, end), row, members, roles, collabsOf);
            t = end;
        }
        return all;
    }

    /** One block with its touched nodes' rows (ascending) merged anew, each once: sized first, so its arrays are made once. */
    private static EdgeBlock rebuilt(
            EdgeBlock before, int b, int[] touched, PartnerRow row, int[][] members, int[][] roles, int[][] collabsOf) {
        int first = b << NODE_BITS;
        int size = before.strength.length;
        int[] degree = new int[size];
        for (int k = 0; k < size; k++) {
            degree[k] = before.offsets[k + 1] - before.offsets[k];
        }
        long[] strength = before.strength.clone();
        EdgeArrays[] merged = new EdgeArrays[touched.length];
        for (int t = 0; t < touched.length; t++) {
            int i = touched[t];
            row.merge(i, collabsOf[i], members, roles);
            merged[t] = new EdgeArrays(row.size());
            strength[i - first] = row.writeTo(merged[t], 0);
            degree[i - first] = row.size();
        }
        int[] offsets = new int[size + 1];
        for (int k = 0; k < size; k++) {
            offsets[k + 1] = offsets[k] + degree[k];
        }
        EdgeArrays edges = new EdgeArrays(offsets[size]);
        int next = 0;
        for (int t = 0; t <= touched.length; t++) {
            // the untouched run up to the next touched node, in one copy
            int end = t < touched.length ? touched[t] - first : size;
            edges.copy(before.edges, before.offsets[next], offsets[next], offsets[end] - offsets[next]);
            if (end < size) {
                edges.copy(merged[t], 0, offsets[end], degree[end]);
            }
            next = end + 1;
        }
        return new EdgeBlock(offsets, strength, edges);
    }

    int edgeCount() {
        return offsets[offsets.length - 1];
    }

    /** Blocks needed for that many nodes. */
    static int count(int nodes) {
        return (nodes + NODE_MASK) >>> NODE_BITS;
    }

    /**
     * The low bits of an edge's number, enough for the largest block's every edge and its end, with the block's
     * index above them in an int.
     */
    static int edgeBits(EdgeBlock[] blocks) {
        int largest = 0;
        for (EdgeBlock block : blocks) {
            largest = Math.max(largest, block.edgeCount());
        }
        int bits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(largest));
        if (((long) blocks.length << bits) > 1L << 31) {
            throw new IllegalStateException("Too many partner pairs to number in an int: " + blocks.length
                    + " blocks of nodes, the largest with " + largest + " edges");
        }
        return bits;
    }
}
