package org.knowbridge.recommendations.engine.graph;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The most connected organisations of a snapshot: the given share of the organisations with at least one
 * partner, by distinct partners, ties broken by id (the evaluation protocol's "hubs", the giants a firm
 * finds without help).
 */
public final class Hubs {

    /** The protocol's share: the 1 % most connected. */
    public static final double SHARE = 0.01;

    private Hubs() {}

    /** Per node, whether it is among the {@link #SHARE} most connected. */
    public static boolean[] of(GraphSnapshot g) {
        return of(g, SHARE);
    }

    /**
     * @param share of the organisations with partners; at least one hub when there is any such organisation
     */
    public static boolean[] of(GraphSnapshot g, double share) {
        int[] connected = IntStream.range(0, g.size())
                .filter(i -> g.degree(i) > 0)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -g.degree(i)).thenComparing(g::id))
                .mapToInt(Integer::intValue)
                .toArray();
        boolean[] hub = new boolean[g.size()];
        // round half to even, as the reference evaluator's round() does
        int count = connected.length == 0 ? 0 : Math.max(1, (int) Math.rint(share * connected.length));
        for (int k = 0; k < count; k++) {
            hub[connected[k]] = true;
        }
        return hub;
    }
}
