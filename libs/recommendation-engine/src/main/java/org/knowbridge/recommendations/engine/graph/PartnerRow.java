package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;

/**
 * Merges one node's collaborations into one entry per partner, in partner order: how many collaborations the
 * pair shared, the last year they were active together, and the outcome, channel and role bits seen. Scratch
 * rows indexed by node are reused from one node to the next, so no map is made per node.
 */
final class PartnerRow {

    private final int[] slot;
    private final int[] partners;
    private final int[] count;
    private final int[] last;
    private final int[] outcomes;
    private final int[] channels;
    private final int[] rolesSeen;
    // Per collaboration once, rather than once per pair of its members.
    private final int[] lastActive;
    private final int[] outcomeBit;
    private final int[] channelBit;
    private int size;

    /**
     * @param lastActive per collaboration, its last active year; outcomeBit, channelBit: its outcome's and
     *                   channel's bit
     */
    PartnerRow(int nodes, int[] lastActive, int[] outcomeBit, int[] channelBit) {
        slot = new int[nodes];
        Arrays.fill(slot, -1);
        partners = new int[nodes];
        count = new int[nodes];
        last = new int[nodes];
        outcomes = new int[nodes];
        channels = new int[nodes];
        rolesSeen = new int[nodes];
        this.lastActive = lastActive;
        this.outcomeBit = outcomeBit;
        this.channelBit = channelBit;
    }

    /** Merges node {@code i}'s collaborations; {@link #size()} partners are then readable, ascending. */
    void merge(int i, int[] collaborationsOfNode, int[][] members, int[][] roles) {
        for (int k = 0; k < size; k++) {
            slot[partners[k]] = -1;
        }
        size = 0;
        for (int c : collaborationsOfNode) {
            int[] m = members[c];
            int[] r = roles[c];
            for (int k = 0; k < m.length; k++) {
                int j = m[k];
                if (j == i) {
                    continue;
                }
                if (slot[j] < 0) {
                    slot[j] = size;
                    partners[size++] = j;
                    count[j] = 0;
                    last[j] = 0;
                    outcomes[j] = 0;
                    channels[j] = 0;
                    rolesSeen[j] = 0;
                }
                count[j]++;
                last[j] = Math.max(last[j], lastActive[c]);
                outcomes[j] |= outcomeBit[c];
                channels[j] |= channelBit[c];
                rolesSeen[j] |= 1 << r[k];
            }
        }
        Arrays.sort(partners, 0, size);
    }

    int size() {
        return size;
    }

    /** Writes the merged row at {@code at} of the edge arrays and returns its strength (sum of weights). */
    long writeTo(EdgeArrays edges, int at) {
        long strength = 0;
        for (int k = 0; k < size; k++) {
            int j = partners[k];
            edges.neighbours[at + k] = j;
            edges.shared[at + k] = count[j];
            edges.lastYear[at + k] = last[j];
            edges.outcomes[at + k] = (byte) outcomes[j];
            edges.channels[at + k] = (short) channels[j];
            edges.roles[at + k] = (short) rolesSeen[j];
            strength += count[j];
        }
        return strength;
    }
}
