package org.knowbridge.recommendations.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The k best-scoring candidates of a firm, as the reference evaluator picks them: ties are broken by adding
 * a random amount below 1e-9 to the score of every node of the train graph, in node order.
 */
final class TopCandidates {

    private TopCandidates() {}

    static List<Integer> of(double[] scores, EvaluationSplit split, int firm, int k, NumpyRandom random) {
        PriorityQueue<double[]> best = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(a[0], b[0]));
        for (int j = 0; j < scores.length; j++) {
            if (!split.inGraph(j)) {
                continue; // not a node of the reference graph: draws no noise
            }
            double noisy = scores[j] + random.nextDouble() * 1e-9;
            if (!split.isCandidate(firm, j)) {
                continue;
            }
            if (best.size() < k) {
                best.add(new double[] {noisy, j});
            } else if (noisy > best.peek()[0]) {
                best.poll();
                best.add(new double[] {noisy, j});
            }
        }
        List<Integer> ranked = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            ranked.add((int) best.poll()[1]);
        }
        return ranked.reversed();
    }
}
