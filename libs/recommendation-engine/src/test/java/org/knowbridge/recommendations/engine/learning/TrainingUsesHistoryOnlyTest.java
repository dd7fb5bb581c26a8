package org.knowbridge.recommendations.engine.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowbridge.recommendations.engine.SyntheticCordis;
import org.knowbridge.recommendations.engine.dataset.CordisCsvReader;
import org.knowbridge.recommendations.engine.dataset.YearWindow;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

class TrainingUsesHistoryOnlyTest {

    @TempDir
    Path shortHistory;

    @TempDir
    Path longerHistory;

    private static Map<String, List<String>> recommendations(Path data, int trainUntil) {
        GraphSnapshot train =
                new CordisCsvReader(data).read(YearWindow.until(trainUntil)).toSnapshot();
        assertTrue(train.collaborations().stream().allMatch(c -> c.year() <= trainUntil));
        PartnerRanker ranker = new RankerTrainer(7).rankerOn(train);
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (int i = 0; i < train.size(); i++) {
            if (train.organisation(i).sme() && train.degree(i) > 0) {
                out.put(
                        train.id(i),
                        ranker.rank(RankingRequest.forFirm(train.id(i), 20), false).stream()
                                .map(Recommendation::partnerId)
                                .toList());
            }
        }
        return out;
    }

    @Test
    void collaborationsAfterTheCutOffChangeNothing() {
        // the same seed writes the same 2019-2021 rows; the longer history adds 2022 and 2023
        SyntheticCordis.write(shortHistory, 2019, 2021, 3);
        SyntheticCordis.write(longerHistory, 2019, 2023, 3);
        Map<String, List<String>> before = recommendations(shortHistory, 2021);
        Map<String, List<String>> withFuture = recommendations(longerHistory, 2021);
        assertFalse(before.isEmpty());
        assertEquals(before, withFuture);
    }

    @Test
    void learnsFromTheTrainingGraphByYearWhenItSpansSeveralYears() {
        SyntheticCordis.write(shortHistory, 2019, 2021, 3);
        GraphSnapshot train =
                new CordisCsvReader(shortHistory).read(YearWindow.until(2021)).toSnapshot();
        RankerTrainer.Trained trained = new RankerTrainer(7).train(train);
        assertTrue(trained.cut().startsWith("by year"), trained.cut());
        assertTrue(trained.examples() > 0);
        assertTrue(train.collaborations().stream()
                        .mapToInt(Collaboration::year)
                        .max()
                        .orElseThrow()
                <= 2021);
    }
}
