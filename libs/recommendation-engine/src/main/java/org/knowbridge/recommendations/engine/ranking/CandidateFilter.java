package org.knowbridge.recommendations.engine.ranking;

import java.util.Arrays;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Organisation;

/**
 * Which organisations may be suggested to a firm: foreign (another country than the firm's), with a track
 * record (at least one partner), not already a partner, not excluded by the firm nor hidden from it, and within the request's
 * country, kind, channel, type and SME filters. The pool is drawn through this filter, so a narrow filter
 * still fills a list rather than thinning out an unfiltered one.
 */
final class CandidateFilter {

    private final GraphSnapshot graph;
    private final Seeker seeker;
    private final RankingRequest request;
    // sorted, searched without boxing: the filter is asked about thousands of nodes per request
    private final int[] excluded;
    private final int channelMask;

    CandidateFilter(GraphSnapshot graph, Seeker seeker, RankingRequest request) {
        this.graph = graph;
        this.channelMask =
                request.onlyChannels().stream().mapToInt(c -> 1 << c.ordinal()).reduce(0, (a, b) -> a | b);
        this.seeker = seeker;
        this.request = request;
        this.excluded = request.excluded().stream()
                .mapToInt(graph::index)
                .filter(i -> i >= 0)
                .sorted()
                .toArray();
    }

    boolean allows(int node) {
        if (node == seeker.node() || graph.degree(node) == 0 || Arrays.binarySearch(excluded, node) >= 0) {
            return false;
        }
        // the same as comparing country names: the seeker's is numbered on this graph (-1 when none is there)
        if (graph.countryOf(node) == seeker.country()) {
            return false;
        }
        Organisation o = graph.organisation(node);
        if (!request.onlyCountries().isEmpty() && !request.onlyCountries().contains(o.country())) {
            return false;
        }
        if (!request.onlyKinds().isEmpty() && !request.onlyKinds().contains(o.kind())) {
            return false;
        }
        if (!request.onlyTypes().isEmpty() && !request.onlyTypes().contains(o.type())) {
            return false;
        }
        if (request.onlySme() != null && o.sme() != request.onlySme()) {
            return false;
        }
        if (channelMask != 0 && !collaboratedThroughChannel(node)) {
            return false;
        }
        if (seeker.node() >= 0 && graph.areNeighbours(seeker.node(), node)) {
            return false;
        }
        // last: a lookup by the organisation's key, where the checks above are on the snapshot's arrays
        return !request.hidden().test(graph.id(node));
    }

    /** Whether one of the node's collaborations went through one of the requested channels. */
    private boolean collaboratedThroughChannel(int node) {
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
            if ((graph.channelMask(e) & channelMask) != 0) {
                return true;
            }
        }
        return false;
    }
}
