package org.knowbridge.recommendations.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.RandomGraphEvents;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;

/**
 * A graph changed event by event gives, after every change, the snapshot (and so the suggestions) that a build
 * from scratch of the same organisations and collaborations gives: whatever the next snapshot keeps from the
 * previous one must be what a fresh build would make anyway.
 */
class IncrementalSnapshotTest {

    @Test
    void snapshotsAfterRandomChangesEqualSnapshotsBuiltFromScratch() {
        int kept = 0;
        for (long seed = 1; seed <= 12; seed++) {
            kept += replay(new RandomGraphEvents(seed, 30, "FI", "DE", "FR", "ES"));
        }
        // The comparison means something only if snapshots were in fact carried over from their predecessors.
        assertTrue(kept > 100, "snapshots that kept the previous numbering: " + kept);
    }

    @Test
    void snapshotsOfAGraphOfSeveralBlocksEqualSnapshotsBuiltFromScratch() {
        // Several blocks of nodes: most changes touch some blocks and leave the others shared.
        int kept = replay(new RandomGraphEvents(3, 3 * 1024 + 100, "FI", "DE", "FR", "ES"));
        assertTrue(kept > 20, "snapshots that kept the previous numbering: " + kept);
    }

    @Test
    void aRecordedCollaborationCopiesOnlyTheBlocksOfItsMembers() {
        RandomGraphEvents events = new RandomGraphEvents(7, 8 * 1024, "FI", "DE", "FR", "ES");
        events.collaborate(400);
        GraphSnapshot before = events.graph().snapshot();
        events.collaborate(1);
        GraphSnapshot after = events.graph().snapshot();

        int[] touched = after.nodesChangedSince(before);
        assertNotNull(touched, "the change was patched onto the previous snapshot");
        int shared = 0;
        for (int b = 0; b < after.blocks.length; b++) {
            int block = b;
            boolean holdsMember = Arrays.stream(touched).anyMatch(i -> i >>> EdgeBlock.NODE_BITS == block);
            if (holdsMember) {
                assertNotSame(before.blocks[b], after.blocks[b], "block " + b + " holds a member");
            } else {
                assertSame(before.blocks[b], after.blocks[b], "block " + b + " holds no member");
                shared++;
            }
        }
        // A recorded collaboration here has at most six members: at least two of the eight blocks are shared.
        assertTrue(shared >= 2, "blocks shared: " + shared);
        assertSameGraph(events.fromScratch(), after);
    }

    /** Applies random changes, comparing after each; returns how many snapshots kept the previous numbering. */
    private int replay(RandomGraphEvents events) {
        int kept = 0;
        GraphSnapshot previous = events.graph().snapshot();
        for (int step = 0; step < 60; step++) {
            events.applySome();
            GraphSnapshot changed = events.graph().snapshot();
            assertSameGraph(events.fromScratch(), changed);
            kept += changed.organisations == previous.organisations ? 1 : 0;
            previous = changed;
        }
        assertSameSuggestions(events.fromScratch(), previous);
        return kept;
    }

    private static void assertSameGraph(GraphSnapshot expected, GraphSnapshot actual) {
        assertArrayEquals(expected.organisations, actual.organisations);
        assertEquals(expected.indexById, actual.indexById);
        assertArrayEquals(expected.countries, actual.countries);
        assertArrayEquals(expected.countryOf, actual.countryOf);
        assertEquals(expected.blocks.length, actual.blocks.length);
        for (int b = 0; b < expected.blocks.length; b++) {
            assertSameBlock(expected.blocks[b], actual.blocks[b]);
        }
        assertArrayEquals(expected.firstYear, actual.firstYear);
        assertArrayEquals(expected.lastYear, actual.lastYear);
        assertEquals(expected.minYear, actual.minYear);
        assertEquals(expected.maxYear, actual.maxYear);
        assertEquals(expected.collaborations, actual.collaborations);
        assertArrayEquals(expected.collaborationRows.offsets, actual.collaborationRows.offsets);
        assertArrayEquals(expected.collaborationRows.positions, actual.collaborationRows.positions);
        assertArrayEquals(expected.membersOf, actual.membersOf);
        assertArrayEquals(expected.rolesOf, actual.rolesOf);
        assertSameTerms(expected.knowledgeAreas, actual.knowledgeAreas, expected.size());
        assertSameTerms(expected.programmes, actual.programmes, expected.size());
    }

    private static void assertSameBlock(EdgeBlock expected, EdgeBlock actual) {
        assertArrayEquals(expected.offsets, actual.offsets);
        assertArrayEquals(expected.strength, actual.strength);
        assertArrayEquals(expected.edges.neighbours, actual.edges.neighbours);
        assertArrayEquals(expected.edges.shared, actual.edges.shared);
        assertArrayEquals(expected.edges.lastYear, actual.edges.lastYear);
        assertArrayEquals(expected.edges.outcomes, actual.edges.outcomes);
        assertArrayEquals(expected.edges.channels, actual.edges.channels);
        assertArrayEquals(expected.edges.roles, actual.edges.roles);
    }

    private static void assertSameTerms(TermBags expected, TermBags actual, int nodes) {
        assertEquals(expected.vocabularySize(), actual.vocabularySize());
        for (int t = 0; t < expected.vocabularySize(); t++) {
            assertEquals(expected.term(t), actual.term(t));
        }
        assertArrayEquals(expected.firstSeen, actual.firstSeen);
        for (int i = 0; i < nodes; i++) {
            assertArrayEquals(expected.terms(i), actual.terms(i));
            assertArrayEquals(expected.counts(i), actual.counts(i));
        }
    }

    /** The suggestions of every SME with partners, reasons and scores included. */
    private static void assertSameSuggestions(GraphSnapshot expected, GraphSnapshot actual) {
        PartnerRanker fromScratch = new PartnerRanker(RankingSignals.of(expected), PriorModel.get());
        PartnerRanker changed = new PartnerRanker(RankingSignals.of(actual), PriorModel.get());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.organisation(i).sme() && expected.degree(i) > 0) {
                RankingRequest request = RankingRequest.forFirm(expected.id(i), 10);
                assertEquals(fromScratch.rank(request), changed.rank(request), expected.id(i));
            }
        }
    }
}
