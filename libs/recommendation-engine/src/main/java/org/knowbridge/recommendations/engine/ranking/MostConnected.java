package org.knowbridge.recommendations.engine.ranking;

import java.util.Arrays;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

/**
 * The orderings the candidate pool draws from: organisations with partners, most partners first, and per
 * country the few hundred with most partners there. Ties go to the lower node. Each entry is kept as a
 * {@link MostFirst} key (count and node in one long), so that a change can be merged in without recounting
 * the nodes it did not touch.
 */
final class MostConnected {

    /** How many organisations per country are kept in the "most connected to that country" lists. */
    static final int PER_COUNTRY = 400;

    private final long[] byDegree;
    private final long[][] perCountry;
    // The nodes alone, as every request reads them.
    private final int[] byDegreeNodes;
    private final int[][] perCountryNodes;

    private MostConnected(long[] byDegree, long[][] perCountry) {
        this.byDegree = byDegree;
        this.perCountry = perCountry;
        this.byDegreeNodes = MostFirst.nodes(byDegree);
        this.perCountryNodes = new int[perCountry.length][];
        for (int k = 0; k < perCountry.length; k++) {
            perCountryNodes[k] = MostFirst.nodes(perCountry[k]);
        }
    }

    static MostConnected of(GraphSnapshot graph) {
        MostFirst degrees = new MostFirst();
        for (int i = 0; i < graph.size(); i++) {
            degrees.add(i, graph.degree(i));
        }
        int c = graph.countryCount();
        MostFirst[] countries = new MostFirst[c];
        for (int k = 0; k < c; k++) {
            countries[k] = new MostFirst();
        }
        PartnerCountries partnerCountries = new PartnerCountries(c);
        for (int i = 0; i < graph.size(); i++) {
            partnerCountries.count(graph, i);
            for (int s = 0; s < partnerCountries.size(); s++) {
                countries[partnerCountries.country(s)].add(i, partnerCountries.partners(s));
            }
        }
        long[][] perCountry = new long[c][];
        for (int k = 0; k < c; k++) {
            perCountry[k] = countries[k].keys(PER_COUNTRY);
        }
        return new MostConnected(degrees.keys(Integer.MAX_VALUE), perCountry);
    }

    /**
     * The orderings of {@code graph}, made from the one these are of by changing only the {@code changed}
     * nodes (ascending): their entries are taken out and put back with their new counts. A country list that
     * was cut and loses more than it gains could need a node that was below the cut: then all is counted anew.
     */
    MostConnected after(GraphSnapshot graph, int[] changed) {
        MostFirst degrees = new MostFirst();
        int c = perCountry.length;
        MostFirst[] countries = new MostFirst[c];
        for (int k = 0; k < c; k++) {
            countries[k] = new MostFirst();
        }
        PartnerCountries partnerCountries = new PartnerCountries(c);
        for (int i : changed) {
            degrees.add(i, graph.degree(i));
            partnerCountries.count(graph, i);
            for (int s = 0; s < partnerCountries.size(); s++) {
                countries[partnerCountries.country(s)].add(i, partnerCountries.partners(s));
            }
        }
        long[][] nextPerCountry = new long[c][];
        for (int k = 0; k < c; k++) {
            long[] kept = without(perCountry[k], changed);
            long[] merged = merge(kept, countries[k].keys(Integer.MAX_VALUE));
            boolean cut = perCountry[k].length == PER_COUNTRY;
            if (cut && !reachesCut(merged, perCountry[k][PER_COUNTRY - 1])) {
                return of(graph);
            }
            nextPerCountry[k] = Arrays.copyOf(merged, Math.min(PER_COUNTRY, merged.length));
        }
        long[] nextByDegree = merge(without(byDegree, changed), degrees.keys(Integer.MAX_VALUE));
        return new MostConnected(nextByDegree, nextPerCountry);
    }

    /** Whether at least a full list of the keys orders at or before the old list's last: nothing below is needed. */
    private static boolean reachesCut(long[] merged, long lastKept) {
        return merged.length >= PER_COUNTRY && merged[PER_COUNTRY - 1] <= lastKept;
    }

    private static long[] without(long[] keys, int[] changed) {
        long[] out = new long[keys.length];
        int size = 0;
        for (long key : keys) {
            if (Arrays.binarySearch(changed, MostFirst.node(key)) < 0) {
                out[size++] = key;
            }
        }
        return size == keys.length ? keys : Arrays.copyOf(out, size);
    }

    private static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, out, k, a.length - i);
        System.arraycopy(b, j, out, k + a.length - i, b.length - j);
        return out;
    }

    /** Do not modify. */
    int[] byDegree() {
        return byDegreeNodes;
    }

    /** Do not modify. */
    int[] mostConnectedTo(int country) {
        return country < 0 || country >= perCountryNodes.length ? new int[0] : perCountryNodes[country];
    }

    /** Scratch: a node's partners per country, for the countries it has partners in. */
    private static final class PartnerCountries {
        private final int[] partnersIn;
        private final int[] seen;
        private int size;

        PartnerCountries(int countries) {
            partnersIn = new int[countries];
            seen = new int[countries];
        }

        void count(GraphSnapshot graph, int node) {
            for (int s = 0; s < size; s++) {
                partnersIn[seen[s]] = 0;
            }
            size = 0;
            for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++) {
                int k = graph.countryOf(graph.neighbour(e));
                if (partnersIn[k]++ == 0) {
                    seen[size++] = k;
                }
            }
        }

        int size() {
            return size;
        }

        int country(int s) {
            return seen[s];
        }

        int partners(int s) {
            return partnersIn[seen[s]];
        }
    }
}
