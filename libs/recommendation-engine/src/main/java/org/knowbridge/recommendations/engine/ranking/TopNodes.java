package org.knowbridge.recommendations.engine.ranking;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** The k allowed nodes with the highest positive scores, best first (ties: lower index first). */
final class TopNodes {

    private TopNodes() {}

    static int[] of(double[] scores, int k, IntPredicate allowed) {
        // a bounded min-heap of (score, node), the worst kept at the root
        double[] hs = new double[k];
        int[] hn = new int[k];
        int size = 0;
        for (int j = 0; j < scores.length; j++) {
            double s = scores[j];
            if (s <= 0 || (size == k && !better(s, j, hs[0], hn[0])) || !allowed.test(j)) {
                continue;
            }
            if (size < k) {
                hs[size] = s;
                hn[size] = j;
                siftUp(hs, hn, size++);
            } else {
                hs[0] = s;
                hn[0] = j;
                siftDown(hs, hn, size);
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        double[] fs = hs;
        int[] fn = hn;
        Arrays.sort(order, (a, b) -> better(fs[a], fn[a], fs[b], fn[b]) ? -1 : 1);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = hn[order[i]];
        }
        return out;
    }

    private static boolean better(double s1, int n1, double s2, int n2) {
        return s1 > s2 || (s1 == s2 && n1 < n2);
    }

    private static void siftUp(double[] hs, int[] hn, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(hs[parent], hn[parent], hs[i], hn[i])) {
                break;
            }
            swap(hs, hn, i, parent);
            i = parent;
        }
    }

    private static void siftDown(double[] hs, int[] hn, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < size && better(hs[worst], hn[worst], hs[l], hn[l])) {
                worst = l;
            }
            if (r < size && better(hs[worst], hn[worst], hs[r], hn[r])) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            swap(hs, hn, i, worst);
            i = worst;
        }
    }

    private static void swap(double[] hs, int[] hn, int a, int b) {
        double s = hs[a];
        hs[a] = hs[b];
        hs[b] = s;
        int n = hn[a];
        hn[a] = hn[b];
        hn[b] = n;
    }
}
