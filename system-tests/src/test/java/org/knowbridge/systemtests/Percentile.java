package org.knowbridge.systemtests;

import java.util.List;

/** The nearest-rank percentile of sorted figures, as the benchmark and the soak print them. */
public final class Percentile {

    private Percentile() {}

    /** The value {@code percent} % of the figures are at or below; {@code whenEmpty} when there is none. */
    public static double of(List<Long> sorted, int percent, double whenEmpty) {
        if (sorted.isEmpty()) {
            return whenEmpty;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }
}
