package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * Two-hop overlap of a source with every node it reaches through a partner: common neighbours,
 * Adamic-Adar (a shared partner counts 1/log(its degree): a hub that works with everyone says little),
 * resource allocation (1/degree), and the weighted two-step walk probability.
 */
public final class NeighbourhoodOverlap {

    /** How many columns {@link #of(int, ScratchColumns)} writes. */
    public static final int COLUMNS = 5;

    private final GraphSnapshot graph;

    public NeighbourhoodOverlap(GraphSnapshot graph) {
        this.graph = graph;
    }

    /** The overlaps of one source with all nodes; nodes it does not reach two hops away score 0. */
    public Overlap of(int source) {
        return of(source, new ScratchColumns(COLUMNS));
    }

    /**
     * As {@link #of(int)}, written into reusable columns (cleared first, at the nodes the last use wrote):
     * the returned arrays are the scratch's and hold until its next use.
     */
    public Overlap of(int source, ScratchColumns scratch) {
        scratch.clearFor(graph.size());
        double[] commonNeighbours = scratch.column(0);
        double[] adamicAdar = scratch.column(1);
        double[] resourceAllocation = scratch.column(2);
        double[] twoStepWalk = scratch.column(3);
        double[] viaForeignPartners = scratch.column(4);
        int home = graph.countryOf(source);
        long sourceStrength = graph.strength(source);
        int[] partners = graph.partnersArray(source);
        int[] weights = graph.weightsArray(source);
        for (int e = graph.rowStart(source), end = graph.rowEnd(source); e < end; e++) {
            int u = partners[e];
            int degree = graph.degree(u);
            double adamicAdarWeight = degree > 1 ? 1 / Math.log(degree) : 0;
            double allocation = degree > 0 ? 1.0 / degree : 0;
            double firstStep = (double) weights[e] / sourceStrength;
            double secondStepNorm = firstStep / graph.strength(u);
            double viaForeign = graph.countryOf(u) != home ? 1 : 0;
            int[] partnersOfU = graph.partnersArray(u);
            int[] weightsOfU = graph.weightsArray(u);
            for (int f = graph.rowStart(u), endOfU = graph.rowEnd(u); f < endOfU; f++) {
                int v = partnersOfU[f];
                scratch.touch(v);
                commonNeighbours[v] += 1;
                viaForeignPartners[v] += viaForeign;
                adamicAdar[v] += adamicAdarWeight;
                resourceAllocation[v] += allocation;
                twoStepWalk[v] += secondStepNorm * weightsOfU[f];
            }
        }
        return new Overlap(commonNeighbours, adamicAdar, resourceAllocation, twoStepWalk, viaForeignPartners);
    }

    /**
     * Dense arrays indexed by node (at least as long as the graph).
     *
     * @param viaForeignPartners common neighbours that are abroad (seen from the source): the firm's foreign
     *                           partners already open doors to their own networks
     */
    public record Overlap(
            double[] commonNeighbours,
            double[] adamicAdar,
            double[] resourceAllocation,
            double[] twoStepWalk,
            double[] viaForeignPartners) {}
}
