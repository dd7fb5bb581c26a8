package org.knowbridge.recommendations.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;

class EvaluatorTest {

    private final GraphSnapshot train = TinyGraphs.diamond();

    private static Collaboration project(String id, String... members) {
        return new Collaboration(
                id,
                2022,
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                java.util.Arrays.stream(members).map(Participant::of).toList(),
                Set.of(),
                "",
                0);
    }

    @Test
    void truthHoldsOnlyNewForeignPartnersOfSmesKnownToTheTrainGraph() {
        // A (SME, FI) now works with D (new, FR), B and C (already partners) and Z (unknown to the train graph);
        // C (SME, SE) meets B for the first time, D and A it knows; B and D are not SMEs
        EvaluationSplit split = EvaluationSplit.of(train, List.of(project("t1", "A", "D", "B", "C", "Z")));
        assertEquals(Set.of(train.index("D")), split.truth().get(train.index("A")));
        assertEquals(Set.of(train.index("B")), split.truth().get(train.index("C")));
        assertEquals(2, split.truth().size());
    }

    @Test
    void invalidRecommendationsCountAsMissesAndCoverageCountsDistinctValidOnes() {
        EvaluationSplit split = EvaluationSplit.of(train, List.of(project("t1", "A", "D")));
        int a = train.index("A");
        int d = train.index("D");
        int b = train.index("B");
        MethodResult r = new Evaluator(split).evaluate("m", Map.of(a, List.of(b, d)));
        assertEquals(1, r.invalid(), "B is already A's partner");
        assertEquals(1.0, r.recallAt10(), 1e-12);
        assertEquals(0.5, r.mrrAt50(), 1e-12);
        assertEquals(1.0 / train.size(), r.coverageAt10(), 1e-12);
        assertTrue(split.isCandidate(a, train.index("E")));
    }
}
