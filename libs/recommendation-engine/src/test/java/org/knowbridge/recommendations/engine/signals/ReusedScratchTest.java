package org.knowbridge.recommendations.engine.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.RandomGraphEvents;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.signals.NeighbourhoodOverlap.Overlap;

/**
 * Per-request signals written into scratch reused from source to source (and from a larger graph to a smaller
 * one) equal, to the last bit, those computed into fresh arrays: clearing only where the last use wrote leaves
 * nothing behind. The walk's third move also equals, to the last bit, its definition summed member by member.
 */
class ReusedScratchTest {

    private final GraphSnapshot large = randomGraph(1, 160);
    private final GraphSnapshot small = randomGraph(2, 90);

    @Test
    void overlapsInReusedScratchEqualFreshOnes() {
        ScratchColumns scratch = new ScratchColumns(NeighbourhoodOverlap.COLUMNS);
        for (GraphSnapshot g : List.of(large, small)) {
            NeighbourhoodOverlap overlap = new NeighbourhoodOverlap(g);
            for (int source : shuffledNodes(g)) {
                Overlap fresh = overlap.of(source);
                Overlap reused = overlap.of(source, scratch);
                assertSame(fresh.commonNeighbours(), reused.commonNeighbours(), g);
                assertSame(fresh.adamicAdar(), reused.adamicAdar(), g);
                assertSame(fresh.resourceAllocation(), reused.resourceAllocation(), g);
                assertSame(fresh.twoStepWalk(), reused.twoStepWalk(), g);
                assertSame(fresh.viaForeignPartners(), reused.viaForeignPartners(), g);
            }
        }
    }

    @Test
    void projectWalksInReusedScratchEqualFreshOnes() {
        ProjectWalk.Scratch scratch = new ProjectWalk.Scratch();
        for (GraphSnapshot g : List.of(large, small)) {
            ProjectWalk walks = new ProjectWalk(g);
            for (int source : shuffledNodes(g)) {
                ProjectWalk.Walk fresh = walks.from(source);
                ProjectWalk.Walk reused = walks.from(source, scratch);
                for (int v = 0; v < g.size(); v++) {
                    assertEquals(fresh.twoMoves(v), reused.twoMoves(v), "two moves to " + v);
                    assertEquals(fresh.threeMoves(v), reused.threeMoves(v), "three moves to " + v);
                    assertEquals(threeMovesByDefinition(g, fresh, v), fresh.threeMoves(v), "three moves to " + v);
                }
            }
        }
    }

    @Test
    void termScoresInReusedScratchEqualFreshOnes() {
        ScratchColumns scratch = new ScratchColumns(2);
        for (GraphSnapshot g : List.of(large, small)) {
            for (TermProfiles terms : List.of(TermProfiles.knowledgeAreas(g), TermProfiles.callLines(g))) {
                for (int node : shuffledNodes(g)) {
                    TermProfiles.SparseVector profile = terms.profile(node);
                    terms.scoreAll(profile, g.size(), scratch);
                    ScratchColumns fresh = new ScratchColumns(2);
                    terms.scoreAll(profile, g.size(), fresh);
                    assertSame(fresh.column(TermProfiles.SIMILARITY), scratch.column(TermProfiles.SIMILARITY), g);
                    assertSame(fresh.column(TermProfiles.ACTIVITY), scratch.column(TermProfiles.ACTIVITY), g);
                }
            }
        }
    }

    /**
     * The third move pulled through each of the node's collaborations from its members, in member order: what
     * the walk pushes from the nodes it reached must add up to the same bits.
     */
    private static double threeMovesByDefinition(GraphSnapshot g, ProjectWalk.Walk walk, int node) {
        double p = 0;
        for (int c : g.collaborationsOf(node)) {
            double s = 0;
            for (int v : g.membersOf(c)) {
                if (walk.twoMoves(v) > 0) {
                    s += walk.twoMoves(v) / g.collaborationsOf(v).length;
                }
            }
            p += s / g.membersOf(c).length;
        }
        return p;
    }

    /** Equal over the graph's nodes, and zero beyond them where the scratch is longer. */
    private static void assertSame(double[] fresh, double[] reused, GraphSnapshot g) {
        assertArrayEquals(fresh, java.util.Arrays.copyOf(reused, g.size()));
        for (int i = g.size(); i < reused.length; i++) {
            assertEquals(0.0, reused[i], "beyond the graph, at " + i);
        }
    }

    private static GraphSnapshot randomGraph(long seed, int organisations) {
        RandomGraphEvents events = new RandomGraphEvents(seed, organisations, "FI", "DE", "FR", "ES");
        events.collaborate(organisations * 2);
        return events.fromScratch();
    }

    private static List<Integer> shuffledNodes(GraphSnapshot g) {
        List<Integer> nodes =
                new ArrayList<>(IntStream.range(0, g.size()).boxed().toList());
        Collections.shuffle(nodes, new Random(7));
        return nodes;
    }
}
