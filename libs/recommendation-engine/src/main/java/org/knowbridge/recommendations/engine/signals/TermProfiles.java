package org.knowbridge.recommendations.engine.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.graph.TermBags;

/**
 * TF-IDF profiles of every organisation over hierarchical terms (knowledge areas, call lines), L2-normalised,
 * with an inverted index to find the organisations closest to a profile without visiting all of them.
 * Term frequency is sublinear (1 + log count): the tenth project in a field adds less than the first.
 */
public final class TermProfiles {

    /** The columns {@link #scoreAll} writes: cosine similarity, and activity in the profile's terms. */
    public static final int SIMILARITY = 0;

    public static final int ACTIVITY = 1;

    private final HierarchicalTerms hierarchy;
    private final Map<String, Integer> termIds;
    private final String[] terms;
    private final double[] idf;
    private final int[][] nodeTerms;
    private final double[][] nodeWeights;
    private final int[][] postings;
    // Per term, the weights and counts of its postings in chunks (see PostingChunks): a change of one node
    // copies one chunk of each of its terms, not a broad term's every value.
    private final double[][][] postingWeights;
    private final double[][][] postingCounts;
    // What the profiles were weighed from, so that a change of some nodes' counts can be weighed alone.
    private final TermBags bags;
    private final int[][] rawToIds;

    private TermProfiles(
            HierarchicalTerms hierarchy,
            Map<String, Integer> termIds,
            String[] terms,
            double[] idf,
            int[][] nodeTerms,
            double[][] nodeWeights,
            int[][] postings,
            double[][][] postingWeights,
            double[][][] postingCounts,
            TermBags bags,
            int[][] rawToIds) {
        this.hierarchy = hierarchy;
        this.termIds = termIds;
        this.terms = terms;
        this.idf = idf;
        this.nodeTerms = nodeTerms;
        this.nodeWeights = nodeWeights;
        this.postings = postings;
        this.postingWeights = postingWeights;
        this.postingCounts = postingCounts;
        this.bags = bags;
        this.rawToIds = rawToIds;
    }

    public static TermProfiles knowledgeAreas(GraphSnapshot graph) {
        return of(graph.knowledgeAreas(), graph.size(), HierarchicalTerms.knowledgeAreas());
    }

    public static TermProfiles callLines(GraphSnapshot graph) {
        return of(graph.programmes(), graph.size(), HierarchicalTerms.callCodes());
    }

    static TermProfiles of(TermBags bags, int n, HierarchicalTerms hierarchy) {
        // expand each raw term once
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[][] rawToIds = new int[bags.vocabularySize()][];
        for (int t = 0; t < bags.vocabularySize(); t++) {
            List<String> ex = hierarchy.expand(bags.term(t));
            rawToIds[t] = ex.stream()
                    .mapToInt(s -> ids.computeIfAbsent(s, k -> {
                        names.add(k);
                        return names.size() - 1;
                    }))
                    .toArray();
        }
        int v = names.size();
        // Per node: its expanded terms (sorted) and their counts, summed in a dense scratch row: no boxing.
        int[][] termsOf = new int[n][];
        double[][] countsOf = new double[n][];
        double[] scratch = new double[v];
        int[] touched = new int[v];
        int[] df = new int[v];
        int withTerms = 0;
        Expansion expansion = new Expansion(v, rawToIds);
        for (int i = 0; i < n; i++) {
            expansion.of(bags, i);
            for (int t : expansion.terms) {
                df[t]++;
            }
            termsOf[i] = expansion.terms;
            countsOf[i] = expansion.counts;
            withTerms += expansion.terms.length == 0 ? 0 : 1;
        }
        double[] idf = new double[v];
        for (int t = 0; t < v; t++) {
            idf[t] = Math.log((1.0 + withTerms) / (1.0 + df[t])) + 1;
        }
        int[][] nodeTerms = termsOf;
        double[][] nodeWeights = new double[n][];
        int[] postingSize = new int[v];
        for (int i = 0; i < n; i++) {
            nodeWeights[i] = weigh(termsOf[i], countsOf[i], idf).weights;
            for (int t : termsOf[i]) {
                postingSize[t]++;
            }
        }
        int[][] postings = new int[v][];
        double[][][] postingWeights = new double[v][][];
        double[][][] postingCounts = new double[v][][];
        for (int t = 0; t < v; t++) {
            postings[t] = new int[postingSize[t]];
            postingWeights[t] = PostingChunks.sized(postingSize[t]);
            postingCounts[t] = PostingChunks.sized(postingSize[t]);
        }
        int[] fill = new int[v];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < nodeTerms[i].length; k++) {
                int t = nodeTerms[i][k];
                postings[t][fill[t]] = i;
                int at = fill[t]++;
                postingCounts[t][at >>> PostingChunks.BITS][at & PostingChunks.MASK] = countsOf[i][k];
                postingWeights[t][at >>> PostingChunks.BITS][at & PostingChunks.MASK] = nodeWeights[i][k];
            }
        }
        return new TermProfiles(
                hierarchy,
                ids,
                names.toArray(String[]::new),
                idf,
                nodeTerms,
                nodeWeights,
                postings,
                postingWeights,
                postingCounts,
                bags,
                rawToIds);
    }

    /**
     * The profiles over {@code newer} bags, which differ from these profiles' own only in the {@code changed}
     * nodes' rows over the same vocabulary. When every changed node still has the same terms (only more or
     * fewer of them), no term's rarity moves: only those nodes are weighed anew and put in the index in place.
     * Otherwise every profile is weighed anew.
     */
    public TermProfiles after(TermBags newer, int n, int[] changed) {
        if (!newer.sameVocabularyAs(bags) || n != nodeTerms.length) {
            return of(newer, n, hierarchy);
        }
        Expansion expansion = new Expansion(idf.length, rawToIds);
        double[][] counts = new double[changed.length][];
        for (int k = 0; k < changed.length; k++) {
            expansion.of(newer, changed[k]);
            if (!Arrays.equals(expansion.terms, nodeTerms[changed[k]])) {
                return of(newer, n, hierarchy);
            }
            counts[k] = expansion.counts;
        }
        double[][] nodeWeightsAfter = nodeWeights.clone();
        PostingChunks weightsAfter = new PostingChunks(postingWeights);
        PostingChunks countsAfter = new PostingChunks(postingCounts);
        for (int k = 0; k < changed.length; k++) {
            int node = changed[k];
            int[] t = nodeTerms[node];
            double[] w = weigh(t, counts[k], idf).weights;
            nodeWeightsAfter[node] = w;
            for (int j = 0; j < t.length; j++) {
                int at = Arrays.binarySearch(postings[t[j]], node);
                weightsAfter.set(t[j], at, w[j]);
                countsAfter.set(t[j], at, counts[k][j]);
            }
        }
        return new TermProfiles(
                hierarchy,
                termIds,
                terms,
                idf,
                nodeTerms,
                nodeWeightsAfter,
                postings,
                weightsAfter.values(),
                countsAfter.values(),
                newer,
                rawToIds);
    }

    /** A node's raw terms expanded to their ancestors and summed, terms ascending; scratch rows reused. */
    private static final class Expansion {
        private final double[] scratch;
        private final int[] touched;
        private final int[][] rawToIds;
        int[] terms;
        double[] counts;

        Expansion(int vocabularySize, int[][] rawToIds) {
            scratch = new double[vocabularySize];
            touched = new int[vocabularySize];
            this.rawToIds = rawToIds;
        }

        void of(TermBags bags, int node) {
            int size = 0;
            int[] raw = bags.terms(node);
            float[] rc = bags.counts(node);
            for (int k = 0; k < raw.length; k++) {
                for (int id : rawToIds[raw[k]]) {
                    if (scratch[id] == 0) {
                        touched[size++] = id;
                    }
                    scratch[id] += rc[k];
                }
            }
            terms = Arrays.copyOf(touched, size);
            Arrays.sort(terms);
            counts = new double[size];
            for (int k = 0; k < size; k++) {
                counts[k] = scratch[terms[k]];
                scratch[terms[k]] = 0;
            }
        }
    }

    private static SparseVector weigh(Map<Integer, Double> counts, double[] idf) {
        int[] t = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] c = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            c[k] = counts.get(t[k]);
        }
        return weigh(t, c, idf);
    }

    /** Log-scaled, IDF-weighted, unit-length weights of sorted terms and their counts. */
    private static SparseVector weigh(int[] t, double[] counts, double[] idf) {
        double[] w = new double[t.length];
        double norm = 0;
        for (int k = 0; k < t.length; k++) {
            w[k] = (1 + Math.log(counts[k])) * idf[t[k]];
            norm += w[k] * w[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < t.length; k++) {
            w[k] /= norm;
        }
        return new SparseVector(t, w);
    }

    /** The node's profile. */
    public SparseVector profile(int node) {
        return new SparseVector(nodeTerms[node], nodeWeights[node]);
    }

    /** A profile from raw codes, e.g. the areas a firm says it seeks; codes unknown to the graph are ignored. */
    public SparseVector profileOf(Collection<String> codes) {
        Map<Integer, Double> counts = new HashMap<>();
        for (String code : codes) {
            for (String term : hierarchy.expand(code)) {
                Integer id = termIds.get(term);
                if (id != null) {
                    counts.merge(id, 1.0, Double::sum);
                }
            }
        }
        return counts.isEmpty() ? SparseVector.EMPTY : weigh(counts, idf);
    }

    /** Blends two profiles (e.g. what a firm does and what it seeks), re-normalised. */
    public SparseVector blend(SparseVector a, SparseVector b) {
        Map<Integer, Double> sum = new HashMap<>();
        for (int k = 0; k < a.terms.length; k++) {
            sum.merge(a.terms[k], a.weights[k], Double::sum);
        }
        for (int k = 0; k < b.terms.length; k++) {
            sum.merge(b.terms[k], b.weights[k], Double::sum);
        }
        int[] t = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] w = new double[t.length];
        double norm = 0;
        for (int k = 0; k < t.length; k++) {
            w[k] = sum.get(t[k]);
            norm += w[k] * w[k];
        }
        for (int k = 0; k < t.length; k++) {
            w[k] /= Math.sqrt(norm);
        }
        return t.length == 0 ? SparseVector.EMPTY : new SparseVector(t, w);
    }

    /** Cosine similarity in [0, 1]; 0 when either has no terms. */
    public double similarity(SparseVector profile, int node) {
        return profile.dot(nodeTerms[node], nodeWeights[node]);
    }

    /**
     * Scores every node against the profile, through the inverted index, into reusable scratch (cleared first,
     * at the nodes its last use wrote), for {@code n} nodes: only the nodes in the profile's postings are
     * visited.
     * <ul>
     *   <li>column {@link #SIMILARITY}: cosine similarity of the node's terms to the profile;
     *   <li>column {@link #ACTIVITY}: how active the node is in the profile's terms, its collaboration count in
     *       each term weighted by the term's share of the profile. Unlike the cosine, a large organisation that
     *       works in the firm's fields among many others scores high: it is likely to be in the firm's next
     *       consortium.
     * </ul>
     */
    public void scoreAll(SparseVector profile, int n, ScratchColumns scratch) {
        scratch.clearFor(n);
        addSimilarity(profile, scratch, scratch.column(SIMILARITY));
        addActivity(profile, scratch, scratch.column(ACTIVITY));
    }

    private void addSimilarity(SparseVector profile, ScratchColumns scratch, double[] out) {
        for (int k = 0; k < profile.terms.length; k++) {
            int[] p = postings[profile.terms[k]];
            double w = profile.weights[k];
            int j = 0;
            for (double[] pw : postingWeights[profile.terms[k]]) {
                for (double value : pw) {
                    scratch.touch(p[j]);
                    out[p[j++]] += w * value;
                }
            }
        }
    }

    private void addActivity(SparseVector profile, ScratchColumns scratch, double[] out) {
        double total = 0;
        for (double w : profile.weights) {
            total += w;
        }
        for (int k = 0; k < profile.terms.length; k++) {
            int[] p = postings[profile.terms[k]];
            double share = profile.weights[k] / total;
            int j = 0;
            for (double[] pc : postingCounts[profile.terms[k]]) {
                for (double value : pc) {
                    scratch.touch(p[j]);
                    out[p[j++]] += share * value;
                }
            }
        }
    }

    /** The shared terms that add most to the similarity, most specific first among equals: for reasons. */
    public List<String> strongestSharedTerms(SparseVector profile, int node, int limit) {
        List<double[]> shared = new ArrayList<>();
        int[] t = nodeTerms[node];
        double[] w = nodeWeights[node];
        int a = 0;
        int b = 0;
        while (a < profile.terms.length && b < t.length) {
            if (profile.terms[a] < t[b]) {
                a++;
            } else if (profile.terms[a] > t[b]) {
                b++;
            } else {
                shared.add(new double[] {profile.weights[a] * w[b], t[b]});
                a++;
                b++;
            }
        }
        shared.sort(Comparator.comparingDouble((double[] x) -> -x[0]));
        List<String> out = new ArrayList<>();
        for (double[] s : shared) {
            String term = terms[(int) s[1]];
            // a broader term whose narrower form is already listed says nothing new
            if (out.stream().noneMatch(o -> o.startsWith(term))) {
                out.removeIf(term::startsWith);
                out.add(term);
            }
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** A sparse, sorted term-weight vector. */
    public record SparseVector(int[] terms, double[] weights) {

        public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

        public boolean isEmpty() {
            return terms.length == 0;
        }

        double dot(int[] otherTerms, double[] otherWeights) {
            double s = 0;
            int a = 0;
            int b = 0;
            while (a < terms.length && b < otherTerms.length) {
                if (terms[a] < otherTerms[b]) {
                    a++;
                } else if (terms[a] > otherTerms[b]) {
                    b++;
                } else {
                    s += weights[a++] * otherWeights[b++];
                }
            }
            return s;
        }
    }
}
