package org.knowbridge.recommendations.engine.ranking;

import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap.Overlap;
import org.knowbridge.recommendations.engine.signals.ProjectWalk;

/**
 * The per-request work shared by the candidate pool and the features: the firm's two-hop overlaps with
 * everyone, and everyone's knowledge and call-line fit with the firm.
 */
final class Query {

    private final RankingSignals signals;
    private final Seeker seeker;
    private final Overlap overlap;
    private final ProjectWalk.Walk projectWalk;
    private final double[] areaFit;
    private final double[] callFit;
    private final double[] areaActivity;
    private final double[] callActivity;

    private Query(RankingSignals signals, Seeker seeker) {
        this.signals = signals;
        this.seeker = seeker;
        GraphSnapshot g = signals.graph();
        this.overlap = seeker.hasHistory(g) ? signals.overlap().of(seeker.node()) : null;
        this.projectWalk = seeker.hasHistory(g) ? signals.projectWalk().from(seeker.node()) : null;
        this.areaFit = signals.areas().similarityToAll(seeker.areas(), g.size());
        this.callFit = signals.calls().similarityToAll(seeker.calls(), g.size());
        this.areaActivity = signals.areas().activityInAll(seeker.areas(), g.size());
        this.callActivity = signals.calls().activityInAll(seeker.calls(), g.size());
    }

    static Query of(RankingSignals signals, Seeker seeker) {
        return new Query(signals, seeker);
    }

    Seeker seeker() {
        return seeker;
    }

    RankingSignals signals() {
        return signals;
    }

    boolean hasHistory() {
        return overlap != null;
    }

    /** Two-hop overlaps (all zero for a firm without partners). */
    Overlap overlap() {
        return overlap;
    }

    /** The walk over collaborations from the firm, or null for a firm without partners. */
    ProjectWalk.Walk projectWalk() {
        return projectWalk;
    }

    double[] areaFit() {
        return areaFit;
    }

    double[] callFit() {
        return callFit;
    }

    /** Collaborations of each node in the firm's knowledge areas, weighted by their share in the firm's profile. */
    double[] areaActivity() {
        return areaActivity;
    }

    /** Collaborations of each node in the firm's lines of calls, weighted likewise. */
    double[] callActivity() {
        return callActivity;
    }

    /**
     * Probability that a walk from the firm, moving along collaborations in proportion to their number,
     * stands on the candidate after three steps: pulled from the candidate's partners' two-step values.
     */
    double threeStepWalk(int candidate) {
        if (overlap == null) {
            return 0;
        }
        GraphSnapshot g = signals.graph();
        double[] two = overlap.twoStepWalk();
        double p = 0;
        for (int e = g.firstEdge(candidate); e < g.endEdge(candidate); e++) {
            int v = g.neighbour(e);
            if (two[v] > 0) {
                p += two[v] * g.sharedCollaborations(e) / g.strength(v);
            }
        }
        return p;
    }
}
