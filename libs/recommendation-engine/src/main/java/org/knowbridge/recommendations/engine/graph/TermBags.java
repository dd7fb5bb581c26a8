package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;
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

    /**
     * Counts terms per node from term ids already assigned: each collaboration's terms are looked up once,
     * not once per member, and counted in a dense scratch row.
     *
     * @param declared       per node, ids of terms it declares itself (counted once each)
     * @param ofCollaboration per collaboration, ids of its terms
     * @param collaborationsOf per node, its collaborations
     */
    static TermBags count(
            List<String> vocabulary,
            Map<String, Integer> ids,
            int[][] declared,
            int[][] ofCollaboration,
            int[][] collaborationsOf) {
        int n = collaborationsOf.length;
        int[] scratch = new int[vocabulary.size()];
        int[] touched = new int[vocabulary.size()];
        int[][] terms = new int[n][];
        float[][] counts = new float[n][];
        for (int i = 0; i < n; i++) {
            int size = 0;
            for (int t : declared[i]) {
                size = add(t, scratch, touched, size);
            }
            for (int c : collaborationsOf[i]) {
                for (int t : ofCollaboration[c]) {
                    size = add(t, scratch, touched, size);
                }
            }
            int[] row = Arrays.copyOf(touched, size);
            Arrays.sort(row);
            float[] rowCounts = new float[size];
            for (int k = 0; k < size; k++) {
                rowCounts[k] = scratch[row[k]];
                scratch[row[k]] = 0;
            }
            terms[i] = row;
            counts[i] = rowCounts;
        }
        return new TermBags(vocabulary.toArray(String[]::new), ids, terms, counts);
    }

    private static int add(int term, int[] scratch, int[] touched, int size) {
        if (scratch[term]++ == 0) {
            touched[size++] = term;
        }
        return size;
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
