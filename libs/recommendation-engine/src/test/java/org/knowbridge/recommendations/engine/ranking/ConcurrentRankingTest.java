package org.knowbridge.recommendations.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowbridge.recommendations.engine.RandomGraphEvents;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.PriorModel;

/**
 * Requests ranked at once on one ranker answer as when ranked one at a time: the per-node scratch a request
 * takes from the shared pool is its own until it gives it back, and holds nothing of the request before.
 */
class ConcurrentRankingTest {

    @Test
    void rankingsAtOnceEqualRankingsOneAtATime() throws Exception {
        RandomGraphEvents events = new RandomGraphEvents(9, 120, "FI", "DE", "FR", "ES");
        events.collaborate(300);
        GraphSnapshot g = events.fromScratch();
        PartnerRanker ranker = new PartnerRanker(RankingSignals.of(g), PriorModel.get());
        List<RankingRequest> requests = IntStream.range(0, g.size())
                .filter(i -> g.degree(i) > 0)
                .mapToObj(i -> RankingRequest.forFirm(g.id(i), 10))
                .toList();
        List<RankingRequest> withColdStarts = new ArrayList<>(requests);
        withColdStarts.add(RankingRequest.forFirm("new", 10)
                .withProfile(FirmProfile.of("FI").seeking(Set.of("/natural sciences/physical sciences/optics"))));
        List<List<Recommendation>> oneAtATime =
                withColdStarts.stream().map(ranker::rank).toList();
        assertTrue(oneAtATime.stream().anyMatch(recs -> !recs.isEmpty()), "some firm gets suggestions");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<Recommendation>>> atOnce = withColdStarts.stream()
                        .map(r -> pool.submit(() -> ranker.rank(r)))
                        .toList();
                for (int k = 0; k < atOnce.size(); k++) {
                    assertEquals(oneAtATime.get(k), atOnce.get(k).get(), "request " + k);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
