package org.knowbridge.recommendations.engine.ranking;

import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.ActivityProfile;
import org.knowbridge.recommendations.engine.signals.CountryAffinity;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap;
import org.knowbridge.recommendations.engine.signals.PeerEvidence;
import org.knowbridge.recommendations.engine.signals.ProjectWalk;
import org.knowbridge.recommendations.engine.signals.TermProfiles;

/**
 * Every signal of one graph snapshot, computed once and shared by all requests on that snapshot, plus the
 * orderings the candidate pool draws from (most connected overall, most connected to each country).
 */
public final class RankingSignals {

    /** How many organisations per country are kept in the "most connected to that country" lists. */
    private static final int PER_COUNTRY = 400;

    private final GraphSnapshot graph;
    private final NeighbourhoodOverlap overlap;
    private final TermProfiles areas;
    private final TermProfiles calls;
    private final ActivityProfile activity;
    private final CountryAffinity countryAffinity;
    private final PeerEvidence peers;
    private final ProjectWalk projectWalk;
    private final int[] byDegree;
    private final int[][] mostConnectedTo;

    private RankingSignals(GraphSnapshot graph) {
        this.graph = graph;
        // Independent of each other: the heaviest two are built on another core meanwhile (they are rebuilt for
        // every graph change, and the time to the next published suggestions counts).
        CompletableFuture<TermProfiles> knowledge =
                CompletableFuture.supplyAsync(() -> TermProfiles.knowledgeAreas(graph));
        CompletableFuture<ActivityProfile> active = CompletableFuture.supplyAsync(() -> new ActivityProfile(graph));
        this.overlap = new NeighbourhoodOverlap(graph);
        this.calls = TermProfiles.callLines(graph);
        this.countryAffinity = new CountryAffinity(graph);
        this.peers = new PeerEvidence(graph);
        this.projectWalk = new ProjectWalk(graph);
        this.byDegree = IntStream.range(0, graph.size())
                .filter(i -> graph.degree(i) > 0)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -graph.degree(i)).thenComparing(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        this.mostConnectedTo = mostConnectedPerCountry(graph);
        this.areas = knowledge.join();
        this.activity = active.join();
    }

    public static RankingSignals of(GraphSnapshot graph) {
        return new RankingSignals(graph);
    }

    private static int[][] mostConnectedPerCountry(GraphSnapshot graph) {
        int c = graph.countryCount();
        int[][] counts = new int[c][graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            for (int e = graph.firstEdge(i); e < graph.endEdge(i); e++) {
                counts[graph.countryOf(graph.neighbour(e))][i]++;
            }
        }
        int[][] out = new int[c][];
        for (int k = 0; k < c; k++) {
            int[] count = counts[k];
            out[k] = IntStream.range(0, graph.size())
                    .filter(i -> count[i] > 0)
                    .boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> -count[i]).thenComparing(i -> i))
                    .limit(PER_COUNTRY)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return out;
    }

    public GraphSnapshot graph() {
        return graph;
    }

    public NeighbourhoodOverlap overlap() {
        return overlap;
    }

    public TermProfiles areas() {
        return areas;
    }

    public TermProfiles calls() {
        return calls;
    }

    public ActivityProfile activity() {
        return activity;
    }

    public CountryAffinity countryAffinity() {
        return countryAffinity;
    }

    public PeerEvidence peers() {
        return peers;
    }

    public ProjectWalk projectWalk() {
        return projectWalk;
    }

    /** Organisations with partners, most partners first. Do not modify. */
    int[] byDegree() {
        return byDegree;
    }

    /** Organisations with most partners in the country first (country index), at most a few hundred. */
    int[] mostConnectedTo(int country) {
        return country < 0 || country >= mostConnectedTo.length ? new int[0] : mostConnectedTo[country];
    }
}
