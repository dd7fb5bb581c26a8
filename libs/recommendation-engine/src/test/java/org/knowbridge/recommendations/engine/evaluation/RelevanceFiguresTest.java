package org.knowbridge.recommendations.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Fields;

/** The protocol's relevance figures on a graph small enough to work them out by hand. */
class RelevanceFiguresTest {

    /*
     * Train (2021): p1 S1-X /a/b/c/d; p2 S2-Y /z/y/x; p3 H-P-Q /a/b/c/e and /m/n; p4 H-R /z/y; p5 P-X (no
     * areas); p6 Q-Y /q/r/s. Partners: H, P and Q have three each, the most; with eight organisations the
     * 1 % is one hub, and the tie goes to the first id: H.
     * Test (2022): S1 meets H, P and R; S2 meets Q and P.
     */
    private final TinyGraphs data = TinyGraphs.builder()
            .firm("S1", "FI")
            .firm("S2", "SE")
            .org("X", "FI", OrganisationType.COMPANY, false)
            .org("Y", "SE", OrganisationType.COMPANY, false)
            .org("H", "DE", OrganisationType.UNIVERSITY, false)
            .org("P", "FR", OrganisationType.COMPANY, false)
            .org("Q", "FR", OrganisationType.RESEARCH_ORGANISATION, false)
            .org("R", "IT", OrganisationType.COMPANY, false)
            .project("p1", 2021, Set.of("/a/b/c/d"), "", "S1", "X")
            .project("p2", 2021, Set.of("/z/y/x"), "", "S2", "Y")
            .project("p3", 2021, Set.of("/a/b/c/e", "/m/n"), "", "H", "P", "Q")
            .project("p4", 2021, Set.of("/z/y"), "", "H", "R")
            .project("p5", 2021, "P", "X")
            .project("p6", 2021, Set.of("/q/r/s"), "", "Q", "Y");

    private final GraphSnapshot train = data.snapshot();

    private int n(String id) {
        return train.index(id);
    }

    private MethodResult evaluate() {
        EvaluationSplit split = EvaluationSplit.of(
                train,
                TinyGraphs.builder()
                        .project("t1", 2022, "S1", "H", "P", "R")
                        .project("t2", 2022, "S2", "Q", "P")
                        .collaborations());
        RelevanceContext context = RelevanceContext.of(split, Set.of("P", "R")); // the companies (type COMPANY)
        assertTrue(context.isHub(n("H")));
        assertFalse(context.isHub(n("P")), "P has as many partners as H but comes after it by id");
        return new Evaluator(split, context)
                .evaluate(
                        "m",
                        Map.of(
                                n("S1"), List.of(n("H"), n("P"), n("Q"), n("X")), // X: S1's partner, invalid
                                n("S2"), List.of(n("P"), n("H"), n("R"))));
    }

    @Test
    void recallAndTailRecall() {
        MethodResult r = evaluate();
        assertEquals(1, r.invalid());
        assertEquals((2.0 / 3 + 1.0 / 2) / 2, r.recallAt10(), 1e-12);
        // S1's partners outside the hub are P and R (one found), S2's are Q and P (one found)
        assertEquals((1.0 / 2 + 1.0 / 2) / 2, r.relevance().tailRecallAt10(), 1e-12);
    }

    @Test
    void personalisationHubAndCompanyShares() {
        Relevance r = evaluate().relevance();
        // the two lists share H and P: 2 shared partners over 1 pair of lists, per 10 slots
        assertEquals(1 - 2.0 / 1 / 10, r.personalisationAt10(), 1e-12);
        // six valid slots: H twice; P twice and R once are companies
        assertEquals(2.0 / 6, r.hubShareAt10(), 1e-12);
        assertEquals(3.0 / 6, r.companyShareAt10(), 1e-12);
    }

    @Test
    void fieldFitComparesFieldsCutToThreeLevels() {
        // S1's field is /a/b/c: H 1 of its 2 projects with areas (p3, not p4), P 1 of 1 (p5 has none), Q 1 of 2;
        // S2's is /z/y/x: P 0 of 1, H 0 of 2 (/z/y is another field), R 0 of 1
        double expected = (0.5 + 1 + 0.5 + 0 + 0 + 0) / 6;
        assertEquals(expected, evaluate().relevance().fieldFitAt10(), 1e-12);
    }

    @Test
    void fieldsAreTheFirstThreeLevelsOfAPath() {
        assertEquals("/a/b/c", Fields.of("/a/b/c/d/e"));
        assertEquals("/a/b", Fields.of("/a/b"));
        assertEquals("/a/b/c", Fields.of("a//b/c/d"));
        assertEquals("", Fields.of("/"));
    }

    @Test
    void withoutContextTheFiguresAreUnknown() {
        EvaluationSplit split = EvaluationSplit.of(
                train, TinyGraphs.builder().project("t1", 2022, "S1", "P").collaborations());
        assertTrue(Double.isNaN(
                new Evaluator(split).evaluate("m", Map.of()).relevance().hubShareAt10()));
    }
}
