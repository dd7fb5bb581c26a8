package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * A random walk on organisations and their collaborations (the bipartite graph), not on pairs: from an
 * organisation to one of its collaborations, then to one of that collaboration's members, each chosen
 * uniformly. A large consortium thus counts once, not once per pair, so partners met in small,
 * close-knit projects weigh more than the crowd of a sixty-member network.
 */
public final class ProjectWalk {

    private final GraphSnapshot graph;

    public ProjectWalk(GraphSnapshot graph) {
        this.graph = graph;
    }

    /** Probabilities after two organisation-to-organisation moves (four bipartite steps), over all nodes. */
    public Walk from(int source) {
        return from(source, new Scratch());
    }

    /**
     * As {@link #from(int)}, in reusable scratch (cleared first, where its last use wrote): only the nodes and
     * collaborations the walk reaches are visited. The walk holds the scratch until its next use.
     */
    public Walk from(int source, Scratch scratch) {
        int n = graph.size();
        ScratchColumns oneMove = scratch.oneMove.clearFor(n);
        double[] one = oneMove.column(0);
        int sourceCollabs = graph.collaborationCount(source);
        for (int k = graph.firstCollaboration(source); k < graph.endCollaboration(source); k++) {
            int[] members = graph.membersOf(graph.collaborationAt(k));
            double w = 1.0 / sourceCollabs / members.length;
            for (int u : members) {
                oneMove.touch(u);
                one[u] += w;
            }
        }
        ScratchColumns twoMoves = scratch.twoMoves.clearFor(n);
        double[] two = twoMoves.column(0);
        // in node order, so that each node's sum adds up in the same order as a pass over all nodes would
        oneMove.sortTouched();
        for (int k = 0; k < oneMove.touched(); k++) {
            int u = oneMove.touchedIndex(k);
            if (one[u] == 0) {
                continue;
            }
            int collabs = graph.collaborationCount(u);
            for (int m = graph.firstCollaboration(u); m < graph.endCollaboration(u); m++) {
                int[] members = graph.membersOf(graph.collaborationAt(m));
                double w = one[u] / collabs / members.length;
                for (int v : members) {
                    twoMoves.touch(v);
                    two[v] += w;
                }
            }
        }
        // What flows into each collaboration on the third move, so that a candidate's three-move probability
        // is a sum over its own collaborations only: pushed from the reached nodes in node order, so that each
        // collaboration sums its members in the same order as a pass over its (ascending) members would.
        ScratchColumns inflow = scratch.inflow.clearFor(graph.collaborations().size());
        double[] flows = inflow.column(0);
        twoMoves.sortTouched();
        for (int k = 0; k < twoMoves.touched(); k++) {
            int v = twoMoves.touchedIndex(k);
            double share = two[v] / graph.collaborationCount(v);
            for (int m = graph.firstCollaboration(v); m < graph.endCollaboration(v); m++) {
                int c = graph.collaborationAt(m);
                inflow.touch(c);
                flows[c] += share;
            }
        }
        for (int k = 0; k < inflow.touched(); k++) {
            int c = inflow.touchedIndex(k);
            flows[c] = flows[c] / graph.membersOf(c).length;
        }
        return new Walk(two, flows);
    }

    /** Reusable columns for {@link #from(int, Scratch)}: one walk at a time. */
    public static final class Scratch {
        private final ScratchColumns oneMove = new ScratchColumns(1);
        private final ScratchColumns twoMoves = new ScratchColumns(1);
        private final ScratchColumns inflow = new ScratchColumns(1);
    }

    /** The walk's state for one source. */
    public final class Walk {
        private final double[] two;
        private final double[] inflow;

        private Walk(double[] two, double[] inflow) {
            this.two = two;
            this.inflow = inflow;
        }

        public double twoMoves(int node) {
            return two[node];
        }

        public double threeMoves(int node) {
            double p = 0;
            for (int k = graph.firstCollaboration(node); k < graph.endCollaboration(node); k++) {
                p += inflow[graph.collaborationAt(k)];
            }
            return p;
        }
    }
}
