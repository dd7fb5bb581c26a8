package org.knowbridge.recommendations.engine.graph;

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
