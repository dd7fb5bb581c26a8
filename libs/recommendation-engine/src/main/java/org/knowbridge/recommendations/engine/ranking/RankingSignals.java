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

    private final GraphSnapshot graph;
    private final NeighbourhoodOverlap overlap;
    private final TermProfiles areas;
    private final TermProfiles calls;
    private final ActivityProfile activity;
    private final CountryAffinity countryAffinity;
    private final PeerEvidence peers;
    private final ProjectWalk projectWalk;
    private final MostConnected mostConnected;
    private final CollaborationAreas collaborationAreas;

    /**
     * The signals of {@code graph}: from scratch when {@code before} is null, else from those of the snapshot it
     * was made from, redoing for the changed nodes only what depends on a node's own partners and
     * collaborations. The term profiles are weighed anew whole when a term's rarity (the whole graph's) moved.
     */
    private RankingSignals(GraphSnapshot graph, RankingSignals before, int[] changed) {
        this.graph = graph;
        // Independent of each other: the heaviest two are built on another core meanwhile (they are rebuilt for
        // every graph change, and the time to the next published suggestions counts).
        CompletableFuture<TermProfiles> knowledge = CompletableFuture.supplyAsync(() -> before == null
                ? TermProfiles.knowledgeAreas(graph)
                : before.areas.after(graph.knowledgeAreas(), graph.size(), changed));
        CompletableFuture<ActivityProfile> active = CompletableFuture.supplyAsync(() ->
                before == null ? new ActivityProfile(graph) : ActivityProfile.after(before.activity, graph, changed));
        this.overlap = new NeighbourhoodOverlap(graph);
        this.calls = before == null
                ? TermProfiles.callLines(graph)
                : before.calls.after(graph.programmes(), graph.size(), changed);
        this.countryAffinity = before == null
                ? new CountryAffinity(graph)
                : new CountryAffinity(before.countryAffinity, before.graph, graph, changed);
        this.peers = new PeerEvidence(graph);
        this.projectWalk = new ProjectWalk(graph);
        this.mostConnected = before == null ? MostConnected.of(graph) : before.mostConnected.after(graph, changed);
        this.collaborationAreas = new CollaborationAreas(graph); // positions shift as collaborations are added
        this.areas = knowledge.join();
        this.activity = active.join();
    }

    public static RankingSignals of(GraphSnapshot graph) {
        return new RankingSignals(graph, null, null);
    }

    /** The signals of a newer snapshot of the same graph: equal to {@link #of}, built from these where they hold. */
    public RankingSignals on(GraphSnapshot newer) {
        int[] changed = newer.nodesChangedSince(graph);
        return new RankingSignals(newer, changed == null ? null : this, changed);
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

    /** Each collaboration's knowledge areas by id, for reasons. */
    CollaborationAreas collaborationAreas() {
        return collaborationAreas;
    }

    /** Organisations with partners, most partners first. Do not modify. */
    int[] byDegree() {
        return mostConnected.byDegree();
    }

    /** Organisations with most partners in the country first (country index), at most a few hundred. */
    int[] mostConnectedTo(int country) {
        return mostConnected.mostConnectedTo(country);
    }
}
