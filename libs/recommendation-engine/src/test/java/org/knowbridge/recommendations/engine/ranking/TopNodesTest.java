package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.signals.ScratchColumns;

class TopNodesTest {

    /**
     * The best k allowed positive scores, best first, ties to the lower node: over every node, and over the
     * written nodes only, in the order written.
     */
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
            int[] expected = IntStream.range(0, n)
                    .filter(node -> scores[node] > 0 && allowed.test(node))
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer node) -> -scores[node])
                            .thenComparingInt(node -> node))
                    .limit(k)
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertArrayEquals(expected, TopNodes.of(scores, k, allowed));
            assertArrayEquals(expected, TopNodes.of(scores, scratch, k, allowed));
        }
    }
}
