package org.knowbridge.recommendations.engine.evaluation;

import java.util.List;
import java.util.Set;

/** The protocol's per-firm metrics of one ranked list against the firm's true new partners. */
public record FirmMetrics(
        double recallAt10, double ndcgAt10, double hitAt10, double recallAt50, double ndcgAt50, double mrrAt50) {

    /**
     * @param ranked best first; an entry that is not a valid candidate must be passed as -1 (a miss)
     * @param truth  the firm's new foreign partners, not empty
     */
    public static FirmMetrics of(List<Integer> ranked, Set<Integer> truth) {
        double rr = 0;
        for (int r = 0; r < Math.min(50, ranked.size()); r++) {
            if (truth.contains(ranked.get(r))) {
                rr = 1.0 / (r + 1);
                break;
            }
        }
        return new FirmMetrics(
                recall(ranked, truth, 10),
                ndcg(ranked, truth, 10),
                hit(ranked, truth, 10),
                recall(ranked, truth, 50),
                ndcg(ranked, truth, 50),
                rr);
    }

    private static int hits(List<Integer> ranked, Set<Integer> truth, int k) {
        int h = 0;
        for (int r = 0; r < Math.min(k, ranked.size()); r++) {
            h += truth.contains(ranked.get(r)) ? 1 : 0;
        }
        return h;
    }

    static double recall(List<Integer> ranked, Set<Integer> truth, int k) {
        return (double) hits(ranked, truth, k) / truth.size();
    }

    static double hit(List<Integer> ranked, Set<Integer> truth, int k) {
        return hits(ranked, truth, k) > 0 ? 1 : 0;
    }

    /** Binary gains, log2 discount; the ideal ranking puts min(k, |truth|) hits first. */
    static double ndcg(List<Integer> ranked, Set<Integer> truth, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.size()); r++) {
            if (truth.contains(ranked.get(r))) {
                dcg += 1 / log2(r + 2);
            }
        }
        double idcg = 0;
        for (int r = 0; r < Math.min(k, truth.size()); r++) {
            idcg += 1 / log2(r + 2);
        }
        return dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
