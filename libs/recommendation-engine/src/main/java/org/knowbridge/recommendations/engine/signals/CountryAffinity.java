package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * How much organisations of one country work with each other country: the share of a country's foreign
 * partnerships (pairs, counted once per shared collaboration) that go to the other country.
 */
public final class CountryAffinity {

    private final double[][] pairs;
    private final double[][] share;

    public CountryAffinity(GraphSnapshot graph) {
        int c = graph.countryCount();
        pairs = new double[c][c];
        for (int i = 0; i < graph.size(); i++) {
            count(graph, i, 1);
        }
        share = shares(pairs);
    }

    /**
     * The affinities of {@code graph}, made from {@code beforeGraph} by changing only the {@code changed} nodes'
     * partners: their old pairs taken off, their new ones added. Counts are whole numbers, so the sums are
     * exact whatever their order, and equal a count from scratch.
     */
    public CountryAffinity(CountryAffinity before, GraphSnapshot beforeGraph, GraphSnapshot graph, int[] changed) {
        pairs = new double[before.pairs.length][];
        for (int a = 0; a < pairs.length; a++) {
            pairs[a] = before.pairs[a].clone();
        }
        for (int i : changed) {
            count(beforeGraph, i, -1);
            count(graph, i, 1);
        }
        share = shares(pairs);
    }

    private void count(GraphSnapshot graph, int node, int sign) {
        int a = graph.countryOf(node);
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
            int b = graph.countryOf(graph.neighbour(e));
            if (a != b) {
                pairs[a][b] += sign * graph.sharedCollaborations(e);
            }
        }
    }

    private static double[][] shares(double[][] pairs) {
        int c = pairs.length;
        double[][] share = new double[c][c];
        for (int a = 0; a < c; a++) {
            double total = 0;
            for (int b = 0; b < c; b++) {
                total += pairs[a][b];
            }
            for (int b = 0; b < c; b++) {
                share[a][b] = total == 0 ? 0 : pairs[a][b] / total;
            }
        }
        return share;
    }

    /** Share in [0, 1] of country {@code from}'s foreign partnerships that are with country {@code to}. */
    public double share(int from, int to) {
        return from < 0 || to < 0 ? 0 : share[from][to];
    }
}
