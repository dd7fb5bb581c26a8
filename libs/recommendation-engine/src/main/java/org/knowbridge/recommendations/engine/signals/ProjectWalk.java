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
    private final int[] memberCount;
    private final int[][] members;

    public ProjectWalk(GraphSnapshot graph) {
        this.graph = graph;
        int collaborations = graph.collaborations().size();
        members = new int[collaborations][];
        memberCount = new int[collaborations];
        for (int c = 0; c < collaborations; c++) {
            members[c] = graph.membersOf(c);
            memberCount[c] = members[c].length;
        }
    }

    /** Probabilities after two organisation-to-organisation moves (four bipartite steps), over all nodes. */
    public Walk from(int source) {
        int n = graph.size();
        double[] one = new double[n];
        int[] sourceCollabs = graph.collaborationsOf(source);
        for (int c : sourceCollabs) {
            double w = 1.0 / sourceCollabs.length / memberCount[c];
            for (int u : members[c]) {
                one[u] += w;
            }
        }
        double[] two = new double[n];
        for (int u = 0; u < n; u++) {
            if (one[u] == 0) {
                continue;
            }
            int[] collabs = graph.collaborationsOf(u);
            for (int c : collabs) {
                double w = one[u] / collabs.length / memberCount[c];
                for (int v : members[c]) {
                    two[v] += w;
                }
            }
        }
        // what flows into each collaboration on the third move, so that a candidate's three-move
        // probability is a sum over its own collaborations only
        double[] inflow = new double[members.length];
        for (int c = 0; c < members.length; c++) {
            double s = 0;
            for (int v : members[c]) {
                if (two[v] > 0) {
                    s += two[v] / graph.collaborationsOf(v).length;
                }
            }
            inflow[c] = s / memberCount[c];
        }
        return new Walk(two, inflow);
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
            for (int c : graph.collaborationsOf(node)) {
                p += inflow[c];
            }
            return p;
        }
    }
}
