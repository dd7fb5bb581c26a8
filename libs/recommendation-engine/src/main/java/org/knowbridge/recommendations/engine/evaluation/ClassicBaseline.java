package org.knowbridge.recommendations.engine.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap;
import org.knowbridge.recommendations.engine.signals.PersonalizedPageRank;

/**
 * The classic link-prediction baselines of the reference evaluator, scored the same way: on the unweighted
 * graph for the neighbourhood scores (with a 1e-6 x degree tie-break), on the weighted one for PageRank.
 *
 * <p>Random draws replay the reference evaluator's single numpy stream: the baselines run in declaration
 * order over the evaluated firms in node order, the random baseline drawing its scores and then its
 * tie-break noise per firm, every other baseline only the noise. Each firm jumps to its own place in that
 * stream, so firms can be ranked in parallel and still match the reference to the last digit.
 */
public enum ClassicBaseline {
    RANDOM("random"),
    POPULARITY("popularity"),
    COMMON_NEIGHBOURS("common-neighbours"),
    ADAMIC_ADAR("adamic-adar"),
    RESOURCE_ALLOCATION("resource-allocation"),
    PERSONALIZED_PAGERANK("personalized-pagerank");

    /** Restart probability and steps of the reference PageRank. */
    public static final double PAGERANK_RESTART = 0.15;

    public static final int PAGERANK_ITERATIONS = 20;

    private final String label;

    ClassicBaseline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Top-k lists for every evaluated firm of the split. */
    public Map<Integer, List<Integer>> rank(EvaluationSplit split, int k, long seed) {
        GraphSnapshot g = split.train();
        int[] firms =
                split.truth().keySet().stream().mapToInt(Integer::intValue).toArray();
        NumpyRandom stream = NumpyRandom.seeded(seed);
        stream.advance(firstDraw(firms.length, split.graphSize()));
        Map<Integer, List<Integer>> out = new ConcurrentHashMap<>();
        double[] degree = new double[g.size()];
        Arrays.setAll(degree, g::degree);
        if (this == PERSONALIZED_PAGERANK) {
            PersonalizedPageRank ppr = new PersonalizedPageRank(g, PAGERANK_RESTART, PAGERANK_ITERATIONS);
            int block = Integer.getInteger("ppr.block", 64);
            IntStream.range(0, (firms.length + block - 1) / block).parallel().forEach(b -> {
                int from = b * block;
                int[] chunk = Arrays.copyOfRange(firms, from, Math.min(firms.length, from + block));
                double[][] scores = ppr.scores(chunk);
                for (int r = 0; r < chunk.length; r++) {
                    NumpyRandom random = at(stream, from + r, split.graphSize());
                    out.put(chunk[r], TopCandidates.of(scores[r], split, chunk[r], k, random));
                }
            });
            return out;
        }
        NeighbourhoodOverlap overlap = new NeighbourhoodOverlap(g);
        IntStream.range(0, firms.length).parallel().forEach(f -> {
            int firm = firms[f];
            NumpyRandom random = at(stream, f, split.graphSize());
            double[] scores = switch (this) {
                case RANDOM -> randomScores(random, split);
                case POPULARITY -> degree;
                case COMMON_NEIGHBOURS -> tieBroken(overlap.of(firm).commonNeighbours(), degree);
                case ADAMIC_ADAR -> tieBroken(overlap.of(firm).adamicAdar(), degree);
                case RESOURCE_ALLOCATION -> tieBroken(overlap.of(firm).resourceAllocation(), degree);
                default -> throw new IllegalStateException();
            };
            out.put(firm, TopCandidates.of(scores, split, firm, k, random));
        });
        return out;
    }

    /** Draws per firm: one per graph node for the tie-break, twice that for the random baseline. */
    private long drawsPerFirm(int graphSize) {
        return (this == RANDOM ? 2L : 1L) * graphSize;
    }

    private long firstDraw(int firms, int graphSize) {
        long draws = 0;
        for (ClassicBaseline earlier : values()) {
            if (earlier == this) {
                break;
            }
            draws += earlier.drawsPerFirm(graphSize) * firms;
        }
        return draws;
    }

    private NumpyRandom at(NumpyRandom methodStart, int firmPosition, int graphSize) {
        NumpyRandom r = methodStart.copy();
        r.advance(drawsPerFirm(graphSize) * firmPosition);
        return r;
    }

    private static double[] randomScores(NumpyRandom random, EvaluationSplit split) {
        double[] scores = new double[split.train().size()];
        for (int j = 0; j < scores.length; j++) {
            if (split.inGraph(j)) {
                scores[j] = random.nextDouble();
            }
        }
        return scores;
    }

    private static double[] tieBroken(double[] scores, double[] degree) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] += 1e-6 * degree[i];
        }
        return scores;
    }
}
