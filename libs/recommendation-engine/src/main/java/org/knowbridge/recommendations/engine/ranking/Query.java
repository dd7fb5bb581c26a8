package org.knowbridge.recommendations.engine.ranking;

import java.util.function.IntPredicate;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap.Overlap;
import org.knowbridge.recommendations.engine.signals.ProjectWalk;
import org.knowbridge.recommendations.engine.signals.TermProfiles;

/**
 * The per-request work shared by the candidate pool and the features: the firm's two-hop overlaps with
 * everyone, and everyone's knowledge and call-line fit with the firm.
 */
final class Query {

    private final RankingSignals signals;
    private final Seeker seeker;
    private final boolean history;
    private final Overlap overlap;
    private final ProjectWalk.Walk projectWalk;
    private QueryScratch scratch;
    // the scratch's columns, held directly: read per neighbour of every candidate
    private final double[] areaFit;
    private final double[] callFit;
    private final double[] areaActivity;
    private final double[] callActivity;

    private Query(RankingSignals signals, Seeker seeker) {
        this.signals = signals;
        this.seeker = seeker;
        GraphSnapshot g = signals.graph();
        this.history = seeker.hasHistory(g);
        this.scratch = QueryScratch.take();
        this.overlap = history ? signals.overlap().of(seeker.node(), scratch.overlap) : null;
        this.projectWalk = history ? signals.projectWalk().from(seeker.node(), scratch.walk) : null;
        signals.areas().scoreAll(seeker.areas(), g.size(), scratch.areas);
        signals.calls().scoreAll(seeker.calls(), g.size(), scratch.calls);
        this.areaFit = scratch.areas.column(TermProfiles.SIMILARITY);
        this.callFit = scratch.calls.column(TermProfiles.SIMILARITY);
        this.areaActivity = scratch.areas.column(TermProfiles.ACTIVITY);
        this.callActivity = scratch.calls.column(TermProfiles.ACTIVITY);
    }

    /** The query's per-node figures, in pooled scratch until {@link #release()}. */
    static Query of(RankingSignals signals, Seeker seeker) {
        return new Query(signals, seeker);
    }

    /**
     * Gives the scratch behind the per-node figures back, once the candidates are described: from here on only
     * the seeker, the signals and {@link #hasHistory()} may be read.
     */
    void release() {
        if (scratch != null) {
            QueryScratch s = scratch;
            scratch = null;
            s.giveBack();
        }
    }

    Seeker seeker() {
        return seeker;
    }

    RankingSignals signals() {
        return signals;
    }

    boolean hasHistory() {
        return history;
    }

    /** Two-hop overlaps (all zero for a firm without partners). */
    Overlap overlap() {
        requireUnreleased();
        return overlap;
    }

    /** The walk over collaborations from the firm, or null for a firm without partners. */
    ProjectWalk.Walk projectWalk() {
        requireUnreleased();
        return projectWalk;
    }

    /** Knowledge fit of each node with the firm. Arrays may be longer than the graph: zero beyond it. */
    double[] areaFit() {
        requireUnreleased();
        return areaFit;
    }

    double[] callFit() {
        requireUnreleased();
        return callFit;
    }

    /** Collaborations of each node in the firm's knowledge areas, weighted by their share in the firm's profile. */
    double[] areaActivity() {
        requireUnreleased();
        return areaActivity;
    }

    /** Collaborations of each node in the firm's lines of calls, weighted likewise. */
    double[] callActivity() {
        requireUnreleased();
        return callActivity;
    }

    /**
     * The k allowed nodes best by one of this query's per-node figures (an array returned by {@link #areaFit()},
     * {@link #callFit()}, {@link #areaActivity()}, {@link #callActivity()} or {@link #overlap()}), as
     * {@link TopNodes#of(double[], int, IntPredicate)} finds them, visiting only the nodes the figure was
     * written for.
     */
    int[] best(double[] figure, int k, IntPredicate allowed) {
        requireUnreleased();
        return TopNodes.of(figure, scratch.writerOf(figure), k, allowed);
    }

    private void requireUnreleased() {
        if (scratch == null) {
            throw new IllegalStateException("the query's per-node figures were released");
        }
    }

    /**
     * Probability that a walk from the firm, moving along collaborations in proportion to their number,
     * stands on the candidate after three steps: pulled from the candidate's partners' two-step values.
     */
    double threeStepWalk(int candidate) {
        if (!history) {
            return 0;
        }
        GraphSnapshot g = signals.graph();
        double[] two = overlap().twoStepWalk();
        double p = 0;
        int[] partners = g.partnersArray(candidate);
        int[] weights = g.weightsArray(candidate);
        for (int e = g.rowStart(candidate), end = g.rowEnd(candidate); e < end; e++) {
            int v = partners[e];
            if (two[v] > 0) {
                p += two[v] * weights[e] / g.strength(v);
            }
        }
        return p;
    }
}
