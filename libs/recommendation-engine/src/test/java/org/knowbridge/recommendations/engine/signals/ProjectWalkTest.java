package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.TinyGraphs;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;

class ProjectWalkTest {

    @Test
    void walksThroughCollaborationsNotPairs() {
        // p1 = {A, B}, p2 = {B, C}: A -> p1 -> {A, B}; then B -> {p1, p2} -> ...
        GraphSnapshot g = TinyGraphs.builder()
                .firm("A", "FI")
                .firm("B", "DE")
                .firm("C", "SE")
                .project("p1", 2021, "A", "B")
                .project("p2", 2021, "B", "C")
                .snapshot();
        ProjectWalk.Walk walk = new ProjectWalk(g).from(g.index("A"));
        // only via B (1/2), then p2 (1/2), then C (1/2)
        assertEquals(0.125, walk.twoMoves(g.index("C")), 1e-12);
        assertEquals(0.5, walk.twoMoves(g.index("B")), 1e-12);
        assertEquals(0.375, walk.twoMoves(g.index("A")), 1e-12);
    }

    @Test
    void splitsEachMoveEvenlyOverCollaborationsAndTheirMembers() {
        // A is in a pair project with B and a five-member one; X is reached only through B
        GraphSnapshot g = TinyGraphs.builder()
                .firm("A", "FI")
                .firm("B", "DE")
                .firm("F", "FR")
                .firm("X", "IT")
                .firm("m1", "ES")
                .firm("m2", "ES")
                .firm("m3", "ES")
                .project("small", 2021, "A", "B")
                .project("big", 2021, "A", "F", "m1", "m2", "m3")
                .project("bx", 2021, "B", "X")
                .project("fy", 2021, "F", "m1")
                .snapshot();
        ProjectWalk.Walk walk = new ProjectWalk(g).from(g.index("A"));
        // A -> small (1/2) -> B (1/2) -> bx (1/2) -> X (1/2)
        assertEquals(0.0625, walk.twoMoves(g.index("X")), 1e-12);
    }
}
