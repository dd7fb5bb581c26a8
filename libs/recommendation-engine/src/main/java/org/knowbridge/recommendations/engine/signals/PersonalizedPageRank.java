package org.knowbridge.recommendations.engine.signals;

import java.util.Arrays;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * Random walk with restart (personalized PageRank) by power iteration on the weighted graph: the walker
 * moves to a partner in proportion to the collaborations they shared and jumps back to the source with
 * probability {@code restart}. Starting from the source alone, {@code iterations} steps of
 * {@code p <- (1 - restart) p T + restart e}, T row-stochastic; no normalisation at the end.
 *
 * <p>Sources are processed in blocks that share one pass over the edges per step: the inner loop runs over
 * the block's sources, contiguous in memory, which the JIT vectorises.
 */
public final class PersonalizedPageRank {

    private static final int BLOCK = Integer.getInteger("ppr.block", 64);

    private final GraphSnapshot graph;
    private final double restart;
    private final int iterations;
    private final double[] inverseStrength;

    public PersonalizedPageRank(GraphSnapshot graph, double restart, int iterations) {
        this.graph = graph;
        this.restart = restart;
        this.iterations = iterations;
        this.inverseStrength = new double[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            long s = graph.strength(i);
            inverseStrength[i] = s > 0 ? 1.0 / s : 0;
        }
    }

    public double[] scores(int source) {
        return scores(new int[] {source})[0];
    }

    /** One score vector per source, over all nodes. */
    public double[][] scores(int[] sources) {
        double[][] out = new double[sources.length][];
        for (int start = 0; start < sources.length; start += BLOCK) {
            int[] block = Arrays.copyOfRange(sources, start, Math.min(sources.length, start + BLOCK));
            double[][] r = block(block);
            System.arraycopy(r, 0, out, start, r.length);
        }
        return out;
    }

    private double[][] block(int[] sources) {
        int n = graph.size();
        int b = sources.length;
        double[] p = new double[n * b];
        double[] next = new double[n * b];
        boolean[] active = new boolean[n];
        boolean[] nextActive = new boolean[n];
        for (int r = 0; r < b; r++) {
            p[sources[r] * b + r] = 1.0;
            active[sources[r]] = true;
        }
        double[] carry = new double[b];
        double keep = 1 - restart;
        for (int step = 0; step < iterations; step++) {
            Arrays.fill(next, 0);
            Arrays.fill(nextActive, false);
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue; // nothing reached this node yet: skip its edges
                }
                double f = keep * inverseStrength[i];
                int base = i * b;
                for (int r = 0; r < b; r++) {
                    carry[r] = f * p[base + r];
                }
                for (int e = graph.firstEdge(i), end = graph.endEdge(i); e < end; e++) {
                    int j = graph.neighbour(e);
                    double w = graph.sharedCollaborations(e);
                    int jb = j * b;
                    for (int r = 0; r < b; r++) {
                        next[jb + r] += w * carry[r];
                    }
                    nextActive[j] = true;
                }
            }
            for (int r = 0; r < b; r++) {
                next[sources[r] * b + r] += restart;
                nextActive[sources[r]] = true;
            }
            double[] t = p;
            p = next;
            next = t;
            boolean[] ta = active;
            active = nextActive;
            nextActive = ta;
        }
        double[][] out = new double[b][n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < b; r++) {
                out[r][i] = p[i * b + r];
            }
        }
        return out;
    }
}
