package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * Two-hop overlap of a source with every node it reaches through a partner: common neighbours,
 * Adamic-Adar (a shared partner counts 1/log(its degree): a hub that works with everyone says little),
 * resource allocation (1/degree), and the weighted two-step walk probability.
 */
public final class NeighbourhoodOverlap {

    private final GraphSnapshot graph;

    public NeighbourhoodOverlap(GraphSnapshot graph) {
        this.graph = graph;
    }

    /** The overlaps of one source with all nodes; nodes it does not reach two hops away score 0. */
    public Overlap of(int source) {
        int n = graph.size();
        Overlap o = new Overlap(new double[n], new double[n], new double[n], new double[n], new double[n]);
        int home = graph.countryOf(source);
        long sourceStrength = graph.strength(source);
        for (int e = graph.firstEdge(source); e < graph.endEdge(source); e++) {
            int u = graph.neighbour(e);
            int degree = graph.degree(u);
            double adamicAdar = degree > 1 ? 1 / Math.log(degree) : 0;
            double allocation = degree > 0 ? 1.0 / degree : 0;
            double firstStep = (double) graph.sharedCollaborations(e) / sourceStrength;
            double secondStepNorm = firstStep / graph.strength(u);
            double viaForeign = graph.countryOf(u) != home ? 1 : 0;
            for (int f = graph.firstEdge(u); f < graph.endEdge(u); f++) {
                int v = graph.neighbour(f);
                o.commonNeighbours[v] += 1;
                o.viaForeignPartners[v] += viaForeign;
                o.adamicAdar[v] += adamicAdar;
                o.resourceAllocation[v] += allocation;
                o.twoStepWalk[v] += secondStepNorm * graph.sharedCollaborations(f);
            }
        }
        return o;
    }

    /**
     * Dense arrays indexed by node.
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
