package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;

/**
 * Each node's collaborations, as positions in the snapshot's id-ordered list (ascending), in one array: node
 * {@code i}'s are {@code positions[offsets[i] .. offsets[i + 1])}. When collaborations are added among the others,
 * every later position moves up: one sequential pass over two arrays, not an array per node.
 */
final class CollaborationRows {

    final int[] offsets;
    final int[] positions;

    private CollaborationRows(int[] offsets, int[] positions) {
        this.offsets = offsets;
        this.positions = positions;
    }

    static CollaborationRows of(int[][] rows) {
        int[] offsets = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            offsets[i + 1] = offsets[i] + rows[i].length;
        }
        int[] positions = new int[offsets[rows.length]];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, positions, offsets[i], rows[i].length);
        }
        return new CollaborationRows(offsets, positions);
    }

    int count(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** A copy of the node's positions. */
    int[] row(int node) {
        return Arrays.copyOfRange(positions, offsets[node], offsets[node + 1]);
    }

    /** Every node's positions, a copy per node. */
    int[][] all() {
        int[][] rows = new int[offsets.length - 1][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(i);
        }
        return rows;
    }

    /** The node's positions, each moved past the collaborations added before it. */
    int[] shiftedRow(int node, int[] insertedAt) {
        int[] row = row(node);
        for (int k = 0; k < row.length; k++) {
            row[k] = shifted(row[k], insertedAt);
        }
        return row;
    }

    /**
     * The rows after collaborations were added before the previous positions {@code insertedAt} (ascending), with
     * the {@code touched} nodes' rows (ascending) replaced by {@code touchedRows} (already in the new numbering).
     */
    CollaborationRows patched(int[] insertedAt, int[] touched, int[][] touchedRows) {
        int n = offsets.length - 1;
        int[] nextOffsets = new int[n + 1];
        int next = 0;
        for (int t = 0; t <= touched.length; t++) {
            int end = t < touched.length ? touched[t] : n;
            // the untouched run keeps its rows' lengths: its offsets move by what the touched rows before it changed
            int moved = nextOffsets[next] - offsets[next];
            for (int i = next + 1; i <= end; i++) {
                nextOffsets[i] = offsets[i] + moved;
            }
            if (end < n) {
                nextOffsets[end + 1] = nextOffsets[end] + touchedRows[t].length;
            }
            next = end + 1;
        }
        int[] nextPositions = new int[nextOffsets[n]];
        next = 0;
        for (int t = 0; t <= touched.length; t++) {
            int end = t < touched.length ? touched[t] : n;
            int from = offsets[next];
            int at = nextOffsets[next];
            int length = offsets[end] - from;
            System.arraycopy(positions, from, nextPositions, at, length);
            if (insertedAt.length > 0) {
                for (int k = at; k < at + length; k++) {
                    nextPositions[k] = shifted(nextPositions[k], insertedAt);
                }
            }
            if (end < n) {
                System.arraycopy(touchedRows[t], 0, nextPositions, nextOffsets[end], touchedRows[t].length);
            }
            next = end + 1;
        }
        return new CollaborationRows(nextOffsets, nextPositions);
    }

    /**
     * A touched node's positions: its kept ones (already shifted) that are not a changed collaboration's, and the
     * changed collaborations ({@code changedPositions}, ascending) it is a member of, ascending.
     */
    static int[] positionsWith(int node, int[] kept, int[] changedPositions, int[][] members) {
        int[] out = new int[kept.length + changedPositions.length];
        int size = 0;
        for (int c : kept) {
            if (Arrays.binarySearch(changedPositions, c) < 0) {
                out[size++] = c;
            }
        }
        for (int c : changedPositions) {
            if (Arrays.binarySearch(members[c], node) >= 0) {
                out[size++] = c;
            }
        }
        int[] row = Arrays.copyOf(out, size);
        Arrays.sort(row);
        return row;
    }

    /** Where a previous position is after collaborations were added before {@code insertedAt} (ascending). */
    static int shifted(int position, int[] insertedAt) {
        if (insertedAt.length == 0 || position < insertedAt[0]) {
            return position;
        }
        // how many were added at or before it
        int lo = 0;
        int hi = insertedAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (insertedAt[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return position + lo;
    }
}
