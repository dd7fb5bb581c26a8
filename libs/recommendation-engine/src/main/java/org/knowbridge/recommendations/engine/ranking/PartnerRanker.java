package org.knowbridge.recommendations.engine.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Organisation;

/**
 * Ranks foreign partners for a firm on one graph snapshot: pools candidates, scores them with the learned
 * model, adds the firm's stated preferences, and explains each suggestion. Immutable and thread-safe; build
 * a new one when the snapshot changes (signals are per snapshot, the model can be kept).
 */
public final class PartnerRanker {

    /**
     * Score added for each stated preference a candidate meets (target country, preferred kind): about what
     * separates a typical suggestion from one ranked a few dozen places lower, so preferences reorder the
     * list without letting a weak candidate jump over a strong one.
     */
    static final double PREFERENCE_BOOST = 1.0;

    /**
     * Score taken off per unit of log(1 + collaborations). Learned weights favour the few organisations that
     * take part in everything, and they would head every firm's list; this small discount lets partners that
     * fit the firm specifically through, at little cost in hits (a product choice, not a learned weight).
     */
    static final double POPULARITY_DISCOUNT = 0.25;

    private final RankingSignals signals;
    private final LinearRankingModel model;

    public PartnerRanker(RankingSignals signals, LinearRankingModel model) {
        this.signals = signals;
        this.model = model;
    }

    /** The same model on a newer snapshot (after events), without retraining. */
    public PartnerRanker on(GraphSnapshot newer) {
        return newer == signals.graph() ? this : new PartnerRanker(signals.on(newer), model);
    }

    RankingSignals signals() {
        return signals;
    }

    public GraphSnapshot graph() {
        return signals.graph();
    }

    public LinearRankingModel model() {
        return model;
    }

    /**
     * The firm's best foreign partners, best first.
     *
     * @throws UnknownFirmException when the graph does not know the firm and the request has no profile
     */
    public List<Recommendation> rank(RankingRequest request) {
        return rank(request, true);
    }

    /** As {@link #rank(RankingRequest)}; without reasons when only the order is needed (batch evaluation). */
    public List<Recommendation> rank(RankingRequest request, boolean withReasons) {
        Seeker seeker = Seeker.resolve(signals, request);
        Query query = Query.of(signals, seeker);
        Candidates candidates = Candidates.of(query, new CandidateFilter(signals.graph(), seeker, request));
        double[][] columns = PoolStandardiser.expand(candidates.features());
        Integer[] order = new Integer[candidates.size()];
        double[] score = new double[candidates.size()];
        GraphSnapshot g = signals.graph();
        for (int k = 0; k < candidates.size(); k++) {
            order[k] = k;
            int node = candidates.nodes()[k];
            score[k] = model.score(columns[k])
                    + preferenceBoost(seeker, g.organisation(node), g.countryOf(node))
                    - POPULARITY_DISCOUNT * Math.log1p(g.collaborationCount(node));
        }
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer k) -> -score[k])
                        .thenComparing(k -> g.id(candidates.nodes()[k])));
        ReasonWriter writer = withReasons ? new ReasonWriter(query) : null;
        List<Recommendation> out = new ArrayList<>();
        for (int r = 0; r < Math.min(request.limit(), order.length); r++) {
            int k = order[r];
            int node = candidates.nodes()[k];
            Organisation o = g.organisation(node);
            List<Reason> reasons = writer == null
                    ? List.of()
                    : writer.reasons(node, candidates.features()[k], perFeature(model.contributions(columns[k])));
            out.add(new Recommendation(
                    r + 1, o.id(), o.displayName(), o.country(), o.kind(), o.type(), o.sme(), score[k], reasons));
        }
        return out;
    }

    private static double preferenceBoost(Seeker seeker, Organisation candidate, int country) {
        double boost = 0;
        if (seeker.targetCountries().contains(country)) {
            boost += PREFERENCE_BOOST;
        }
        if (seeker.preferredKinds().contains(candidate.kind())) {
            boost += PREFERENCE_BOOST;
        }
        return boost;
    }

    /** Raw and pool-relative columns of the same feature added up. */
    private static double[] perFeature(double[] columnContributions) {
        double[] out = new double[Feature.COUNT];
        for (int j = 0; j < columnContributions.length; j++) {
            out[j % Feature.COUNT] += columnContributions[j];
        }
        return out;
    }
}
