package org.knowbridge.recommendations.engine.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * The evaluation protocol's view of a train graph and a test window: which organisations count as the
 * train graph (those with at least one partner), which SMEs are evaluated, and their new foreign partners.
 */
public final class EvaluationSplit {

    private final GraphSnapshot train;
    private final boolean[] inGraph;
    private final int graphSize;
    private final Map<Integer, Set<Integer>> truth;

    private EvaluationSplit(GraphSnapshot train, boolean[] inGraph, int graphSize, Map<Integer, Set<Integer>> truth) {
        this.train = train;
        this.inGraph = inGraph;
        this.graphSize = graphSize;
        this.truth = truth;
    }

    /**
     * @param test the collaborations of the test window; only their participants are read
     */
    public static EvaluationSplit of(GraphSnapshot train, Iterable<Collaboration> test) {
        int n = train.size();
        boolean[] inGraph = new boolean[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            inGraph[i] = train.degree(i) > 0;
            size += inGraph[i] ? 1 : 0;
        }
        Map<Integer, Set<Integer>> truth = new TreeMap<>();
        for (Collaboration c : test) {
            int[] members = c.participants().stream()
                    .map(Participant::organisationId)
                    .distinct()
                    .mapToInt(train::index)
                    .filter(i -> i >= 0 && inGraph[i])
                    .toArray();
            for (int a : members) {
                if (!train.organisation(a).sme()) {
                    continue;
                }
                for (int b : members) {
                    if (a != b && train.countryOf(a) != train.countryOf(b) && !train.areNeighbours(a, b)) {
                        truth.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                }
            }
        }
        truth.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new EvaluationSplit(train, inGraph, size, Collections.unmodifiableMap(truth));
    }

    public GraphSnapshot train() {
        return train;
    }

    /** Organisations with at least one partner in the train window: the denominator of coverage. */
    public int graphSize() {
        return graphSize;
    }

    public boolean inGraph(int node) {
        return inGraph[node];
    }

    /** Evaluated SMEs (node indices, ascending) with their new foreign partners. */
    public Map<Integer, Set<Integer>> truth() {
        return truth;
    }

    public int newPartnerCount() {
        return truth.values().stream().mapToInt(Set::size).sum();
    }

    /** The protocol's candidates for a firm: in the graph, in another country, not yet a partner. */
    public boolean isCandidate(int firm, int node) {
        return node != firm
                && inGraph[node]
                && train.countryOf(node) != train.countryOf(firm)
                && !train.areNeighbours(firm, node);
    }

    /** SMEs of the train graph, in index order: the firms a recommendations file should cover. */
    public int[] smes() {
        return Arrays.stream(java.util.stream.IntStream.range(0, train.size()).toArray())
                .filter(i -> inGraph[i] && train.organisation(i).sme())
                .toArray();
    }
}
