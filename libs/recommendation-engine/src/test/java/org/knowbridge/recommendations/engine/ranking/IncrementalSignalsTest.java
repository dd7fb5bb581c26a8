package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.RandomGraphEvents;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;
import org.knowbridge.recommendations.engine.signals.ScratchColumns;
import org.knowbridge.recommendations.engine.signals.TermProfiles;

/**
 * Signals carried from one snapshot to the next as the graph changes (what the service does after every event
 * batch) equal the signals of a snapshot built from scratch, and so do the suggestions made with them.
 */
class IncrementalSignalsTest {

    @Test
    void signalsCarriedAcrossRandomChangesEqualSignalsFromScratch() {
        int carried = 0;
        for (long seed = 1; seed <= 8; seed++) {
            carried += replay(new RandomGraphEvents(seed, 30, "FI", "DE", "FR", "ES"), 40, 30);
        }
        assertTrue(carried > 100, "signals carried over: " + carried);
    }

    /** Countries with more organisations than a country list keeps: the lists are cut, and a change can reach the cut. */
    @Test
    void countryListsCutAtTheirLengthStayEqualToListsFromScratch() {
        RandomGraphEvents events = new RandomGraphEvents(3, 1200, "FI", "DE");
        events.collaborate(900);
        int carried = replay(events, 30, 5);
        assertTrue(carried > 5, "signals carried over: " + carried);
        GraphSnapshot graph = events.fromScratch();
        RankingSignals fromScratch = RankingSignals.of(graph);
        assertEquals(MostConnected.PER_COUNTRY, fromScratch.mostConnectedTo(graph.countryIndex("FI")).length);
    }

    /** Applies random changes, comparing after each; returns how many times signals were carried over. */
    private static int replay(RandomGraphEvents events, int steps, int rankedFirms) {
        GraphSnapshot first = events.graph().snapshot();
        PartnerRanker ranker = new PartnerRanker(RankingSignals.of(first), PriorModel.get());
        int carried = 0;
        for (int step = 0; step < steps; step++) {
            events.applySome();
            GraphSnapshot changed = events.graph().snapshot();
            carried += changed.nodesChangedSince(ranker.graph()) != null ? 1 : 0;
            PartnerRanker serving = ranker;
            double[][] servedBefore =
                    someScores(serving.signals().areas(), serving.graph().size());
            ranker = ranker.on(changed);
            // The ranker that serves while the next one is made must not change under its readers.
            assertArrayEquals(
                    servedBefore,
                    someScores(serving.signals().areas(), serving.graph().size()));
            GraphSnapshot expected = events.fromScratch();
            PartnerRanker fromScratch = new PartnerRanker(RankingSignals.of(expected), PriorModel.get());
            assertSameSignals(fromScratch.signals(), ranker.signals(), expected);
            assertSameSuggestions(fromScratch, ranker, expected, rankedFirms);
        }
        return carried;
    }

    private static void assertSameSignals(RankingSignals expected, RankingSignals actual, GraphSnapshot graph) {
        assertArrayEquals(expected.byDegree(), actual.byDegree());
        assertSameProfiles(expected.areas(), actual.areas(), graph.size());
        assertSameProfiles(expected.calls(), actual.calls(), graph.size());
        for (int k = 0; k < graph.countryCount(); k++) {
            assertArrayEquals(expected.mostConnectedTo(k), actual.mostConnectedTo(k), graph.country(k));
            for (int l = 0; l < graph.countryCount(); l++) {
                assertEquals(
                        expected.countryAffinity().share(k, l),
                        actual.countryAffinity().share(k, l));
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            assertEquals(
                    expected.activity().partnerCountries(i), actual.activity().partnerCountries(i));
            assertEquals(
                    expected.activity().foreignPartnerShare(i),
                    actual.activity().foreignPartnerShare(i));
            assertEquals(
                    expected.activity().smePartnerShare(i), actual.activity().smePartnerShare(i));
            assertEquals(
                    expected.activity().collaborationsLastYear(i),
                    actual.activity().collaborationsLastYear(i));
            assertEquals(
                    expected.activity().innovationRate(i), actual.activity().innovationRate(i));
            assertEquals(
                    expected.activity().yearsSinceActive(i), actual.activity().yearsSinceActive(i));
        }
    }

    /** Every node's weighed terms, and the index: similarity and activity of every node to some nodes' profiles. */
    private static void assertSameProfiles(TermProfiles expected, TermProfiles actual, int nodes) {
        for (int i = 0; i < nodes; i++) {
            assertArrayEquals(expected.profile(i).terms(), actual.profile(i).terms());
            assertArrayEquals(expected.profile(i).weights(), actual.profile(i).weights());
        }
        for (int i = 0; i < nodes; i += 1 + nodes / 20) {
            TermProfiles.SparseVector p = expected.profile(i);
            ScratchColumns fromScratch = new ScratchColumns(2);
            ScratchColumns incremental = new ScratchColumns(2);
            expected.scoreAll(p, nodes, fromScratch);
            actual.scoreAll(p, nodes, incremental);
            assertArrayEquals(fromScratch.column(TermProfiles.SIMILARITY), incremental.column(TermProfiles.SIMILARITY));
            assertArrayEquals(fromScratch.column(TermProfiles.ACTIVITY), incremental.column(TermProfiles.ACTIVITY));
        }
    }

    /** Similarity and activity of every node to some nodes' profiles, copied out of the scratch. */
    private static double[][] someScores(TermProfiles profiles, int nodes) {
        double[][] scores = new double[2 * 20][];
        for (int k = 0, i = 0; k < 20 && i < nodes; k++, i += 1 + nodes / 20) {
            ScratchColumns scratch = new ScratchColumns(2);
            profiles.scoreAll(profiles.profile(i), nodes, scratch);
            scores[2 * k] = scratch.column(TermProfiles.SIMILARITY).clone();
            scores[2 * k + 1] = scratch.column(TermProfiles.ACTIVITY).clone();
        }
        return scores;
    }

    /** The suggestions, reasons and scores included, of SMEs with partners spread over the graph. */
    private static void assertSameSuggestions(
            PartnerRanker expected, PartnerRanker actual, GraphSnapshot graph, int firms) {
        int ranked = 0;
        for (int i = 0; i < graph.size() && ranked < firms; i += 1 + graph.size() / (4 * firms)) {
            if (graph.organisation(i).sme() && graph.degree(i) > 0) {
                RankingRequest request = RankingRequest.forFirm(graph.id(i), 10);
                assertEquals(expected.rank(request), actual.rank(request), graph.id(i));
                ranked++;
            }
        }
    }
}
