package org.knowbridge.recommendations.engine.ranking;

import java.util.function.IntPredicate;
import org.knowbridge.recommendations.engine.signals.ScratchColumns;

/** The k allowed nodes with the highest positive scores, best first (ties: lower index first). */
final class TopNodes {

    // a bounded min-heap of (score, node), the worst kept at the root
    private final double[] hs;
    private final int[] hn;
    private final IntPredicate allowed;
    private int size;

    private TopNodes(int k, IntPredicate allowed) {
        hs = new double[k];
        hn = new int[k];
        this.allowed = allowed;
    }

    /** Over every node. */
    static int[] of(double[] scores, int k, IntPredicate allowed) {
        TopNodes top = new TopNodes(k, allowed);
        for (int j = 0; j < scores.length; j++) {
            top.offer(scores[j], j);
        }
        return top.bestFirst();
    }

    /**
     * Over the nodes written in the scores' scratch only (every other scores 0): the same answer as a pass over
     * every node, as the best k under a strict order do not depend on the order they are met in.
     */
    static int[] of(double[] scores, ScratchColumns written, int k, IntPredicate allowed) {
        TopNodes top = new TopNodes(k, allowed);
        for (int i = 0; i < written.touched(); i++) {
            int j = written.touchedIndex(i);
            top.offer(scores[j], j);
        }
        return top.bestFirst();
    }

    private void offer(double s, int j) {
        int k = hs.length;
        if (s <= 0 || (size == k && !better(s, j, hs[0], hn[0])) || !allowed.test(j)) {
            return;
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

    /** Empties the heap, worst first, into the answer from its end: no boxing, no comparator. */
    private int[] bestFirst() {
        int[] out = new int[size];
        while (size > 0) {
            out[size - 1] = hn[0];
            size--;
            hs[0] = hs[size];
            hn[0] = hn[size];
            siftDown(hs, hn, size);
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
