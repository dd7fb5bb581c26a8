package org.knowbridge.recommendations.engine.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A bag of terms (knowledge areas, programmes) per node, with each term's count: sparse rows over one
 * shared vocabulary, term ids ascending so that two rows can be merged in linear time.
 */
public final class TermBags {

    private final String[] vocabulary;
    private final Map<String, Integer> termIds;
    private final int[][] terms;
    private final float[][] counts;
    // Per term, where it was first seen: -1 declared by a node, else the position of a collaboration by id.
    final int[] firstSeen;

    private TermBags(
            String[] vocabulary, Map<String, Integer> termIds, int[][] terms, float[][] counts, int[] firstSeen) {
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.terms = terms;
        this.counts = counts;
        this.firstSeen = firstSeen;
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
            int[] firstSeen,
            int[][] declared,
            int[][] ofCollaboration,
            int[][] collaborationsOf) {
        int n = collaborationsOf.length;
        Rows rows = new Rows(vocabulary.size());
        int[][] terms = new int[n][];
        float[][] counts = new float[n][];
        for (int i = 0; i < n; i++) {
            rows.count(declared[i], collaborationsOf[i], c -> ofCollaboration[c], terms, counts, i);
        }
        return new TermBags(vocabulary.toArray(String[]::new), ids, terms, counts, firstSeen);
    }

    /**
     * The same vocabulary (every term already known, in the same order of first sight, {@code firstSeen}
     * where it now is) with only the touched nodes' rows counted anew; the others are shared.
     */
    TermBags recount(
            int[] firstSeen,
            int[] touched,
            IntFunction<Collection<String>> declared,
            IntFunction<Collection<String>> ofCollaboration,
            int[][] collaborationsOf) {
        int[][] nextTerms = terms.clone();
        float[][] nextCounts = counts.clone();
        Rows rows = new Rows(vocabulary.length);
        for (int i : touched) {
            rows.count(
                    ids(declared.apply(i)),
                    collaborationsOf[i],
                    c -> ids(ofCollaboration.apply(c)),
                    nextTerms,
                    nextCounts,
                    i);
        }
        return new TermBags(vocabulary, termIds, nextTerms, nextCounts, firstSeen);
    }

    private int[] ids(Collection<String> words) {
        return words.stream().mapToInt(termIds::get).toArray();
    }

    /** Counts one node's terms in a dense scratch row. */
    private static final class Rows {
        private final int[] scratch;
        private final int[] touched;

        Rows(int vocabularySize) {
            scratch = new int[vocabularySize];
            touched = new int[vocabularySize];
        }

        void count(
                int[] declared,
                int[] collaborations,
                IntFunction<int[]> ofCollaboration,
                int[][] terms,
                float[][] counts,
                int node) {
            int size = 0;
            for (int t : declared) {
                size = add(t, scratch, touched, size);
            }
            for (int c : collaborations) {
                for (int t : ofCollaboration.apply(c)) {
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
            terms[node] = row;
            counts[node] = rowCounts;
        }
    }

    private static int add(int term, int[] scratch, int[] touched, int size) {
        if (scratch[term]++ == 0) {
            touched[size++] = term;
        }
        return size;
    }

    /** Whether both number the same terms alike (one was recounted from the other). */
    public boolean sameVocabularyAs(TermBags other) {
        return vocabulary == other.vocabulary;
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
