package org.knowbridge.recommendations.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bag of terms (knowledge areas, programmes) per node, with each term's count: sparse rows over one
 * shared vocabulary, term ids ascending so that two rows can be merged in linear time.
 */
public final class TermBags {

    private final String[] vocabulary;
    private final Map<String, Integer> termIds;
    private final int[][] terms;
    private final float[][] counts;

    private TermBags(String[] vocabulary, Map<String, Integer> termIds, int[][] terms, float[][] counts) {
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.terms = terms;
        this.counts = counts;
    }

    /** Builds the rows from one term-to-count map per node. */
    static TermBags of(List<Map<String, Integer>> bags) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[][] terms = new int[bags.size()][];
        float[][] counts = new float[bags.size()][];
        for (int i = 0; i < bags.size(); i++) {
            Map<String, Integer> bag = bags.get(i);
            long[] packed = new long[bag.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : bag.entrySet()) {
                int id = ids.computeIfAbsent(e.getKey(), t -> {
                    vocabulary.add(t);
                    return vocabulary.size() - 1;
                });
                packed[k++] = ((long) id << 32) | e.getValue();
            }
            Arrays.sort(packed);
            terms[i] = new int[k];
            counts[i] = new float[k];
            for (int j = 0; j < k; j++) {
                terms[i][j] = (int) (packed[j] >>> 32);
                counts[i][j] = (int) packed[j];
            }
        }
        return new TermBags(vocabulary.toArray(String[]::new), ids, terms, counts);
    }

    public int vocabularySize() {
        return vocabulary.length;
    }

    public String term(int id) {
        return vocabulary[id];
    }

    /** The term's id, or -1 when no node has it. */
    public int termId(String term) {
        return termIds.getOrDefault(term, -1);
    }

    /** Term ids of a node, ascending. Do not modify. */
    public int[] terms(int node) {
        return terms[node];
    }

    /** Counts matching {@link #terms(int)}. Do not modify. */
    public float[] counts(int node) {
        return counts[node];
    }
}
