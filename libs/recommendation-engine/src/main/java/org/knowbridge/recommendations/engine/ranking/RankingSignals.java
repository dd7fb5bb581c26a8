package org.knowbridge.recommendations.engine.ranking;

import java.util.concurrent.CompletableFuture;
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
        this.byDegree = byDegree(graph);
        this.mostConnectedTo = mostConnectedPerCountry(graph);
        this.areas = knowledge.join();
        this.activity = active.join();
    }

    public static RankingSignals of(GraphSnapshot graph) {
        return new RankingSignals(graph);
    }

    private static int[] byDegree(GraphSnapshot graph) {
        MostFirst order = new MostFirst();
        for (int i = 0; i < graph.size(); i++) {
            order.add(i, graph.degree(i));
        }
        return order.nodes(Integer.MAX_VALUE);
    }

    /** Per country, the organisations with most partners there; a node's partner countries are counted once. */
    private static int[][] mostConnectedPerCountry(GraphSnapshot graph) {
        int c = graph.countryCount();
        MostFirst[] perCountry = new MostFirst[c];
        for (int k = 0; k < c; k++) {
            perCountry[k] = new MostFirst();
        }
        int[] partnersIn = new int[c];
        int[] countriesSeen = new int[c];
        for (int i = 0; i < graph.size(); i++) {
            int seen = 0;
            for (int e = graph.firstEdge(i); e < graph.endEdge(i); e++) {
                int k = graph.countryOf(graph.neighbour(e));
                if (partnersIn[k]++ == 0) {
                    countriesSeen[seen++] = k;
                }
            }
            for (int s = 0; s < seen; s++) {
                int k = countriesSeen[s];
                perCountry[k].add(i, partnersIn[k]);
                partnersIn[k] = 0;
            }
        }
        int[][] out = new int[c][];
        for (int k = 0; k < c; k++) {
            out[k] = perCountry[k].nodes(PER_COUNTRY);
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
