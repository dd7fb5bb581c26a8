package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

class PersonalizedPageRankTest {

    @Test
    void convergesToTheClosedFormOnTwoNodes() {
        GraphSnapshot g = TinyGraphs.builder()
                .firm("a", "FI")
                .firm("b", "DE")
                .project("p", 2021, "a", "b")
                .snapshot();
        double[] p = new PersonalizedPageRank(g, 0.15, 200).scores(g.index("a"));
        // p_a = 0.15 + 0.85 p_b, p_b = 0.85 p_a
        double pa = 0.15 / (1 - 0.85 * 0.85);
        assertEquals(pa, p[g.index("a")], 1e-12);
        assertEquals(0.85 * pa, p[g.index("b")], 1e-12);
    }

    @Test
    void oneStepIsTheRestartPlusTheWeightedMove() {
        GraphSnapshot g = TinyGraphs.diamond();
        double[] p = new PersonalizedPageRank(g, 0.15, 1).scores(g.index("A"));
        assertEquals(0.15, p[g.index("A")], 1e-12);
        assertEquals(0.85 * 0.5, p[g.index("B")], 1e-12);
        assertEquals(0, p[g.index("D")], 0);
    }

    @Test
    void nearerNodesScoreHigher() {
        GraphSnapshot g = TinyGraphs.diamond();
        double[] p = new PersonalizedPageRank(g, 0.15, 20).scores(g.index("A"));
        assertTrue(p[g.index("D")] > p[g.index("E")]);
    }

    @Test
    void blocksOfSourcesGiveTheSameScoresAsOneSourceAtATime() {
        GraphSnapshot g = TinyGraphs.diamond();
        PersonalizedPageRank ppr = new PersonalizedPageRank(g, 0.15, 20);
        int[] sources = {g.index("A"), g.index("D"), g.index("E")};
        double[][] together = ppr.scores(sources);
        for (int k = 0; k < sources.length; k++) {
            assertArrayEquals(ppr.scores(sources[k]), together[k], 1e-15);
        }
    }
}
