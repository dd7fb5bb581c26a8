package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

class NeighbourhoodOverlapTest {

    private final GraphSnapshot g = TinyGraphs.diamond();
    private final NeighbourhoodOverlap.Overlap fromA = new NeighbourhoodOverlap(g).of(g.index("A"));

    @Test
    void countsCommonNeighbours() {
        assertEquals(2, fromA.commonNeighbours()[g.index("D")], 0); // through B and C
        assertEquals(0, fromA.commonNeighbours()[g.index("E")], 0); // three hops away
    }

    @Test
    void adamicAdarDiscountsSharedPartnersByTheirDegree() {
        // B and C each have two partners: 2 x 1/ln 2
        assertEquals(2 / Math.log(2), fromA.adamicAdar()[g.index("D")], 1e-12);
    }

    @Test
    void resourceAllocationSplitsEachSharedPartnerEvenly() {
        assertEquals(0.5 + 0.5, fromA.resourceAllocation()[g.index("D")], 1e-12);
    }

    @Test
    void twoStepWalkFollowsCollaborationsInProportion() {
        // A->B (1/2) then B->D (1/2), plus A->C->D likewise
        assertEquals(0.5, fromA.twoStepWalk()[g.index("D")], 1e-12);
        // A->B->A and A->C->A (1/2 x 1/2 each): the walk comes back half the time
        assertEquals(0.5, fromA.twoStepWalk()[g.index("A")], 1e-12);
    }

    @Test
    void countsSharedPartnersAbroadSeparately() {
        // B (DE) and C (SE) are both foreign to A (FI)
        assertEquals(2, fromA.viaForeignPartners()[g.index("D")], 0);
    }
}
