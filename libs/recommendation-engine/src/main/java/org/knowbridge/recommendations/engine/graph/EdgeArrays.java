package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/** The per-edge arrays of a block of a snapshot's compressed adjacency, grown while rows are appended. */
final class EdgeArrays {

    int[] neighbours;
    int[] shared;
    int[] lastYear;
    byte[] outcomes;
    short[] channels;
    short[] roles;

    static {
        // The masks have one bit per value: more values than bits would be cut off silently.
        if (Outcome.values().length > 8 || KnowledgeChannel.values().length > 16 || PartnerKind.values().length > 16) {
            throw new IllegalStateException("an edge mask is too narrow for its vocabulary");
        }
    }

    EdgeArrays(int capacity) {
        neighbours = new int[capacity];
        shared = new int[capacity];
        lastYear = new int[capacity];
        outcomes = new byte[capacity];
        channels = new short[capacity];
        roles = new short[capacity];
    }

    /** Room for at least {@code needed} edges, keeping those written. */
    void ensure(int needed) {
        if (needed <= neighbours.length) {
            return;
        }
        resize(Math.max(needed, neighbours.length * 2));
    }

    /** Copies {@code length} edges of a previous block from {@code from} to {@code at}. */
    void copy(EdgeArrays previous, int from, int at, int length) {
        System.arraycopy(previous.neighbours, from, neighbours, at, length);
        System.arraycopy(previous.shared, from, shared, at, length);
        System.arraycopy(previous.lastYear, from, lastYear, at, length);
        System.arraycopy(previous.outcomes, from, outcomes, at, length);
        System.arraycopy(previous.channels, from, channels, at, length);
        System.arraycopy(previous.roles, from, roles, at, length);
    }

    /** Cuts the arrays to the {@code size} edges written. */
    void trim(int size) {
        if (size != neighbours.length) {
            resize(size);
        }
    }

    private void resize(int capacity) {
        neighbours = Arrays.copyOf(neighbours, capacity);
        shared = Arrays.copyOf(shared, capacity);
        lastYear = Arrays.copyOf(lastYear, capacity);
        outcomes = Arrays.copyOf(outcomes, capacity);
        channels = Arrays.copyOf(channels, capacity);
        roles = Arrays.copyOf(roles, capacity);
    }
}
