package org.knowbridge.recommendations.engine.signals;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * How much organisations of one country work with each other country: the share of a country's foreign
 * partnerships (pairs, counted once per shared collaboration) that go to the other country.
 */
public final class CountryAffinity {

    private final double[][] share;

    public CountryAffinity(GraphSnapshot graph) {
        int c = graph.countryCount();
        double[][] pairs = new double[c][c];
        for (int i = 0; i < graph.size(); i++) {
            int a = graph.countryOf(i);
            for (int e = graph.firstEdge(i); e < graph.endEdge(i); e++) {
                int b = graph.countryOf(graph.neighbour(e));
                if (a != b) {
                    pairs[a][b] += graph.sharedCollaborations(e);
                }
            }
        }
        share = new double[c][c];
        for (int a = 0; a < c; a++) {
            double total = 0;
            for (int b = 0; b < c; b++) {
                total += pairs[a][b];
            }
            for (int b = 0; b < c; b++) {
                share[a][b] = total == 0 ? 0 : pairs[a][b] / total;
            }
        }
    }

    /** Share in [0, 1] of country {@code from}'s foreign partnerships that are with country {@code to}. */
    public double share(int from, int to) {
        return from < 0 || to < 0 ? 0 : share[from][to];
    }
}
