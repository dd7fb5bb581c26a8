package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.signals.ScratchColumns;

class TopNodesTest {

    /** Visiting only the written nodes, in the order written, finds the same nodes in the same order. */
    @Test
    void overTheWrittenNodesEqualsOverEveryNode() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(400);
            ScratchColumns scratch = new ScratchColumns(1).clearFor(n);
            double[] scores = scratch.column(0);
            for (int w = random.nextInt(2 * n); w > 0; w--) {
                int node = random.nextInt(n);
                scratch.touch(node);
                scores[node] += random.nextInt(4) - 1; // ties, zeros and negative sums too
            }
            int k = 1 + random.nextInt(30);
            IntPredicate allowed = node -> node % 5 != 0;
            assertArrayEquals(TopNodes.of(scores, k, allowed), TopNodes.of(scores, scratch, k, allowed));
        }
    }
}
