package org.knowbridge.recommendations.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirmMetricsTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void oneHitAtRankTwoOfTwoTruePartners() {
        FirmMetrics m = FirmMetrics.of(List.of(5, 7, 9), Set.of(7, 11));
        assertEquals(0.5, m.recallAt10(), 1e-12);
        assertEquals(1.0, m.hitAt10(), 1e-12);
        assertEquals(0.5, m.mrrAt50(), 1e-12);
        // DCG = 1/log2(3); ideal = 1 + 1/log2(3)
        assertEquals((1 / log2(3)) / (1 + 1 / log2(3)), m.ndcgAt10(), 1e-12);
    }

    @Test
    void aHitBelowTenCountsOnlyAtFifty() {
        List<Integer> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ranked.add(100 + i);
        }
        ranked.set(14, 7); // rank 15
        FirmMetrics m = FirmMetrics.of(ranked, Set.of(7));
        assertEquals(0, m.recallAt10(), 0);
        assertEquals(0, m.hitAt10(), 0);
        assertEquals(1, m.recallAt50(), 1e-12);
        assertEquals(1 / log2(16), m.ndcgAt50(), 1e-12);
        assertEquals(1.0 / 15, m.mrrAt50(), 1e-12);
    }

    @Test
    void invalidEntriesAreMisses() {
        FirmMetrics m = FirmMetrics.of(List.of(-1, 7), Set.of(7));
        assertEquals(1, m.recallAt10(), 1e-12);
        assertEquals(0.5, m.mrrAt50(), 1e-12);
    }

    @Test
    void recallCountsAgainstAllTruePartnersNotJustTen() {
        Set<Integer> truth = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            truth.add(i);
        }
        FirmMetrics m = FirmMetrics.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), truth);
        assertEquals(10.0 / 40, m.recallAt10(), 1e-12);
        assertEquals(1.0, m.ndcgAt10(), 1e-12); // the ideal list has at most ten hits too
    }
}
