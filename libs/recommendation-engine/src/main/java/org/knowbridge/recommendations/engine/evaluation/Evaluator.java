package org.knowbridge.recommendations.engine.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores ranked lists per the protocol: averages over evaluated firms, coverage over the train graph, and the
 * relevance figures of the top 10s when given their context.
 */
public final class Evaluator {

    private final EvaluationSplit split;
    private final RelevanceContext relevance;

    /** Without the relevance figures. */
    public Evaluator(EvaluationSplit split) {
        this(split, null);
    }

    public Evaluator(EvaluationSplit split, RelevanceContext relevance) {
        this.split = split;
        this.relevance = relevance;
    }

    /**
     * @param rankings per firm node, partner nodes best first (-1 for a partner unknown to the train graph);
     *                 firms without a list count as empty lists
     */
    public MethodResult evaluate(String method, Map<Integer, List<Integer>> rankings) {
        double r10 = 0, n10 = 0, h10 = 0, r50 = 0, n50 = 0, mrr = 0;
        Set<Integer> covered = new HashSet<>();
        Map<Integer, List<Integer>> tops = new TreeMap<>();
        int invalid = 0;
        for (Map.Entry<Integer, Set<Integer>> e : split.truth().entrySet()) {
            int firm = e.getKey();
            List<Integer> ranked = new ArrayList<>();
            for (int partner : rankings.getOrDefault(firm, List.of())) {
                if (partner < 0 || !split.isCandidate(firm, partner)) {
                    invalid++;
                    partner = -1; // not a valid new foreign candidate: a miss
                }
                ranked.add(partner);
            }
            List<Integer> top = new ArrayList<>();
            for (int r = 0; r < Math.min(10, ranked.size()); r++) {
                if (ranked.get(r) >= 0) {
                    covered.add(ranked.get(r));
                    top.add(ranked.get(r));
                }
            }
            tops.put(firm, top);
            FirmMetrics m = FirmMetrics.of(ranked, e.getValue());
            r10 += m.recallAt10();
            n10 += m.ndcgAt10();
            h10 += m.hitAt10();
            r50 += m.recallAt50();
            n50 += m.ndcgAt50();
            mrr += m.mrrAt50();
        }
        int f = Math.max(1, split.truth().size());
        return new MethodResult(
                method,
                r10 / f,
                n10 / f,
                h10 / f,
                r50 / f,
                n50 / f,
                mrr / f,
                (double) covered.size() / Math.max(1, split.graphSize()),
                split.truth().size(),
                invalid,
                relevance == null ? Relevance.UNKNOWN : relevance.figures(tops));
    }
}
