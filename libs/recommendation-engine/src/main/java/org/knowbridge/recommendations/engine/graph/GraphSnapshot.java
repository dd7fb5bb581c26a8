package org.knowbridge.recommendations.engine.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

/**
 * An immutable, indexed view of the collaboration graph, safe to read from many threads.
 *
 * <p>Organisations are numbered 0..size-1 in id order; the adjacency is compressed (CSR) in blocks of
 * consecutive nodes ({@link EdgeBlock}): the partners of node {@code i} are the edges
 * {@code firstEdge(i) .. endEdge(i)}, each with the number of collaborations the pair shared, the last year they
 * worked together, and which innovation outcomes, channels and partner roles those collaborations had. An edge
 * number holds its block in the high bits and its place in the block in the low ones, so a snapshot patched from
 * another shares every block none of whose nodes changed. Build it with {@link CollaborationGraph#snapshot()}.
 */
public final class GraphSnapshot {

    final long version;
    final Organisation[] organisations;
    final Map<String, Integer> indexById;
    final String[] countries;
    final int[] countryOf;
    final EdgeBlock[] blocks;
    // An edge's number: its block's index shifted left by edgeBits, plus its place in the block.
    final int edgeBits;
    private final int edgeMask;
    // The blocks' arrays side by side, so that a read takes two array loads (the outer arrays stay in cache).
    private final int[][] offsetBlocks;
    private final long[][] strengthBlocks;
    private final int[][] neighbourBlocks;
    private final int[][] sharedBlocks;
    final int[] firstYear;
    final int[] lastYear;
    final int minYear;
    final int maxYear;
    final TermBags knowledgeAreas;
    final TermBags programmes;
    final List<Collaboration> collaborations;
    final CollaborationRows collaborationRows;
    final int[][] membersOf;
    final int[][] rolesOf;
    // Made from the snapshot of that version by changing only these nodes' rows (-1 and null: from scratch).
    final long patchedFrom;
    final int[] touchedNodes;

    GraphSnapshot(SnapshotBuilder b) {
        this.version = b.version;
        this.organisations = b.organisations;
        this.indexById = b.indexById;
        this.countries = b.countries;
        this.countryOf = b.countryOf;
        this.blocks = b.blocks;
        this.edgeBits = b.edgeBits;
        this.edgeMask = (1 << b.edgeBits) - 1;
        this.offsetBlocks = new int[blocks.length][];
        this.strengthBlocks = new long[blocks.length][];
        this.neighbourBlocks = new int[blocks.length][];
        this.sharedBlocks = new int[blocks.length][];
        for (int k = 0; k < blocks.length; k++) {
            offsetBlocks[k] = blocks[k].offsets;
            strengthBlocks[k] = blocks[k].strength;
            neighbourBlocks[k] = blocks[k].edges.neighbours;
            sharedBlocks[k] = blocks[k].edges.shared;
        }
        this.firstYear = b.firstYear;
        this.lastYear = b.lastYear;
        this.minYear = b.minYear;
        this.maxYear = b.maxYear;
        this.knowledgeAreas = b.knowledgeAreas;
        this.programmes = b.programmes;
        this.collaborations = b.collaborationList;
        this.collaborationRows = b.collaborationRows;
        this.membersOf = b.membersOf;
        this.rolesOf = b.rolesOf;
        this.patchedFrom = b.patchedFrom;
        this.touchedNodes = b.touchedNodes;
    }

    static GraphSnapshot build(
            long version, Collection<Organisation> organisations, Collection<Collaboration> collaborations) {
        return new SnapshotBuilder(version, organisations, collaborations).build();
    }

    /**
     * The snapshot after collaborations were added or replaced ({@code changed}), the organisations unchanged
     * and only {@code touchedNodes} (ascending) taking part in them: equal to a build from scratch, at the cost
     * of the changed collaborations and the touched nodes' rows plus a copy of the rest.
     */
    static GraphSnapshot patch(GraphSnapshot previous, int[] touchedNodes, long version, List<Collaboration> changed) {
        return new SnapshotBuilder(previous, touchedNodes, version, changed).build();
    }

    /** Builds a snapshot straight from collections, without a mutable graph (tests, one-off evaluations). */
    public static GraphSnapshot of(Collection<Organisation> organisations, Collection<Collaboration> collaborations) {
        return build(0, organisations, collaborations);
    }

    /**
     * The nodes whose partners or collaborations may differ from {@code earlier}'s, when this snapshot was made
     * from it keeping its organisations (ascending; signals need redo only these); null when it was not.
     */
    public int[] nodesChangedSince(GraphSnapshot earlier) {
        return touchedNodes != null && earlier.organisations == organisations && earlier.version == patchedFrom
                ? touchedNodes
                : null;
    }

    /** Increases with every change of the graph it was taken from. */
    public long version() {
        return version;
    }

    public int size() {
        return organisations.length;
    }

    public Optional<Integer> indexOf(String organisationId) {
        return Optional.ofNullable(indexById.get(organisationId));
    }

    /** The node's index, or -1 when the organisation is unknown. */
    public int index(String organisationId) {
        Integer i = indexById.get(organisationId);
        return i == null ? -1 : i;
    }

    public Organisation organisation(int node) {
        return organisations[node];
    }

    public String id(int node) {
        return organisations[node].id();
    }

    /** Countries are numbered too, so that signals can keep per-country tables. */
    public int countryOf(int node) {
        return countryOf[node];
    }

    public int countryCount() {
        return countries.length;
    }

    public String country(int countryIndex) {
        return countries[countryIndex];
    }

    /** The country's index, or -1 when no organisation of the graph is there. */
    public int countryIndex(String country) {
        for (int c = 0; c < countries.length; c++) {
            if (countries[c].equals(country)) {
                return c;
            }
        }
        return -1;
    }

    /** Number of distinct partners. */
    public int degree(int node) {
        int[] offsets = offsetBlocks[node >>> EdgeBlock.NODE_BITS];
        int k = node & EdgeBlock.NODE_MASK;
        return offsets[k + 1] - offsets[k];
    }

    /** The node's first edge ({@link #neighbour(int)} etc.); its edges are numbered on to {@link #endEdge(int)}. */
    public int firstEdge(int node) {
        int b = node >>> EdgeBlock.NODE_BITS;
        return (b << edgeBits) | offsetBlocks[b][node & EdgeBlock.NODE_MASK];
    }

    /** End (exclusive) of the node's edges. */
    public int endEdge(int node) {
        int b = node >>> EdgeBlock.NODE_BITS;
        return (b << edgeBits) | offsetBlocks[b][(node & EdgeBlock.NODE_MASK) + 1];
    }

    /**
     * For hot loops over one node's partners, one array load each: the array holding the node's partners at
     * {@link #rowStart(int)} .. {@link #rowEnd(int)}. Do not modify.
     */
    public int[] partnersArray(int node) {
        return neighbourBlocks[node >>> EdgeBlock.NODE_BITS];
    }

    /** The array holding the node's edge weights (shared collaborations), beside {@link #partnersArray(int)}. */
    public int[] weightsArray(int node) {
        return sharedBlocks[node >>> EdgeBlock.NODE_BITS];
    }

    /** Where the node's row starts in {@link #partnersArray(int)} and {@link #weightsArray(int)}. */
    public int rowStart(int node) {
        return offsetBlocks[node >>> EdgeBlock.NODE_BITS][node & EdgeBlock.NODE_MASK];
    }

    /** Where the node's row ends (exclusive). */
    public int rowEnd(int node) {
        return offsetBlocks[node >>> EdgeBlock.NODE_BITS][(node & EdgeBlock.NODE_MASK) + 1];
    }

    /** Every edge, each pair of partners counted from both sides. */
    public long edgeCount() {
        long edges = 0;
        for (EdgeBlock block : blocks) {
            edges += block.edgeCount();
        }
        return edges;
    }

    public int neighbour(int edge) {
        return neighbourBlocks[edge >>> edgeBits][edge & edgeMask];
    }

    /** How many collaborations the pair shared: the edge's weight. */
    public int sharedCollaborations(int edge) {
        return sharedBlocks[edge >>> edgeBits][edge & edgeMask];
    }

    public int lastYearTogether(int edge) {
        return blocks[edge >>> edgeBits].edges.lastYear[edge & edgeMask];
    }

    /** Bit {@code o.ordinal()} is set when some collaboration of the pair had outcome {@code o}. */
    public int outcomeMask(int edge) {
        return blocks[edge >>> edgeBits].edges.outcomes[edge & edgeMask] & 0xFF;
    }

    /** Bit {@code c.ordinal()} is set when the pair worked together through channel {@code c}. */
    public int channelMask(int edge) {
        return blocks[edge >>> edgeBits].edges.channels[edge & edgeMask] & 0xFFFF;
    }

    /** Bit {@code k.ordinal()} is set when the neighbour acted as partner kind {@code k} for the node. */
    public int roleMask(int edge) {
        return blocks[edge >>> edgeBits].edges.roles[edge & edgeMask] & 0xFFFF;
    }

    /** Whether the two nodes have worked together; O(log degree). */
    public boolean areNeighbours(int a, int b) {
        return edgeBetween(a, b) >= 0;
    }

    /** The edge from a to b, or -1. */
    public int edgeBetween(int a, int b) {
        int block = a >>> EdgeBlock.NODE_BITS;
        int[] offsets = offsetBlocks[block];
        int[] neighbours = neighbourBlocks[block];
        int k = a & EdgeBlock.NODE_MASK;
        int lo = offsets[k];
        int hi = offsets[k + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = neighbours[mid];
            if (v < b) {
                lo = mid + 1;
            } else if (v > b) {
                hi = mid - 1;
            } else {
                return (block << edgeBits) | mid;
            }
        }
        return -1;
    }

    /** Sum of the edge weights: the node's collaborations counted once per partner. */
    public long strength(int node) {
        return strengthBlocks[node >>> EdgeBlock.NODE_BITS][node & EdgeBlock.NODE_MASK];
    }

    /** Number of collaborations the organisation took part in (with or without partners). */
    public int collaborationCount(int node) {
        return collaborationRows.count(node);
    }

    /** First year of activity, or 0 when it never collaborated. */
    public int firstYear(int node) {
        return firstYear[node];
    }

    /** Last year of activity, or 0 when it never collaborated. */
    public int lastYear(int node) {
        return lastYear[node];
    }

    /** Earliest year of any collaboration, 0 in an empty graph. */
    public int minYear() {
        return minYear;
    }

    /** Latest year of any collaboration, 0 in an empty graph: "now" for recency. */
    public int maxYear() {
        return maxYear;
    }

    /** Knowledge areas per node: declared ones count once, each collaboration's areas once more. */
    public TermBags knowledgeAreas() {
        return knowledgeAreas;
    }

    /** Every collaboration, ordered by id; {@link #collaborationsOf(int)} indexes into this list. */
    public List<Collaboration> collaborations() {
        return collaborations;
    }

    /** Positions in {@link #collaborations()} of the node's collaborations, ascending: a copy. */
    public int[] collaborationsOf(int node) {
        return collaborationRows.row(node);
    }

    /**
     * For hot loops, without a copy: the node's collaborations are {@link #collaborationAt(int)} of
     * {@code firstCollaboration(node) .. endCollaboration(node)}.
     */
    public int firstCollaboration(int node) {
        return collaborationRows.offsets[node];
    }

    /** End (exclusive) of the node's collaborations; see {@link #firstCollaboration(int)}. */
    public int endCollaboration(int node) {
        return collaborationRows.offsets[node + 1];
    }

    /** A position in {@link #collaborations()}; see {@link #firstCollaboration(int)}. */
    public int collaborationAt(int k) {
        return collaborationRows.positions[k];
    }

    /** The members of the collaboration at that position of {@link #collaborations()}, ascending. Do not modify. */
    public int[] membersOf(int collaboration) {
        return membersOf[collaboration];
    }

    /** Every organisation, in node order. */
    public List<Organisation> organisations() {
        return List.of(organisations);
    }

    /** Programmes (calls) per node, one count per collaboration. */
    public TermBags programmes() {
        return programmes;
    }
}
