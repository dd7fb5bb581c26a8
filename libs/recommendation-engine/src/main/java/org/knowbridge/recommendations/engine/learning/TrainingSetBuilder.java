package org.knowbridge.recommendations.engine.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Participant;
import org.knowbridge.recommendations.engine.ranking.Candidates;
import org.knowbridge.recommendations.engine.ranking.PoolStandardiser;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;

/**
 * Makes training examples from the training graph alone: cut it ({@link InternalCut}), compute every SME's
 * candidates and features on the past, and label a candidate positive when it became a new foreign partner
 * of the SME in the future part. Mirrors the evaluation protocol one step back in time.
 */
public final class TrainingSetBuilder {

    /** Share of negative examples kept: they vastly outnumber positives and mostly repeat each other. */
    static final double NEGATIVE_SHARE = 0.3;

    private TrainingSetBuilder() {}

    public static TrainingSet build(GraphSnapshot train, InternalCut cut, long seed) {
        InternalCut.Parts parts = cut.cut(train.collaborations());
        GraphSnapshot past = GraphSnapshot.of(train.organisations(), parts.past());
        Map<Integer, Set<Integer>> labels = newForeignPartners(past, parts.future());
        RankingSignals signals = RankingSignals.of(past);
        int[] firms =
                labels.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        Candidates[] pools = new Candidates[firms.length];
        double[][][] expanded = new double[firms.length][][];
        IntStream.range(0, firms.length).parallel().forEach(k -> {
            pools[k] = Candidates.of(signals, RankingRequest.forFirm(past.id(firms[k]), 50));
            expanded[k] = PoolStandardiser.expand(pools[k].features());
        });
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> features = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int[] positives = new int[firms.length];
        for (int k = 0; k < firms.length; k++) {
            Set<Integer> truth = labels.get(firms[k]);
            positives[k] = truth.size();
            for (int c = 0; c < pools[k].size(); c++) {
                boolean label = truth.contains(pools[k].nodes()[c]);
                if (!label && random.nextDouble() >= NEGATIVE_SHARE) {
                    continue;
                }
                features.add(expanded[k][c]);
                positive.add(label);
                groups.add(k);
            }
        }
        return new TrainingSet(features, positive, groups, positives);
    }

    /** Per SME of the past graph, the organisations of the past graph abroad it first worked with in the future. */
    static Map<Integer, Set<Integer>> newForeignPartners(GraphSnapshot past, List<Collaboration> future) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        for (Collaboration c : future) {
            int[] members = c.participants().stream()
                    .map(Participant::organisationId)
                    .distinct()
                    .mapToInt(past::index)
                    .filter(i -> i >= 0 && past.degree(i) > 0)
                    .toArray();
            for (int a : members) {
                if (!past.organisation(a).sme()) {
                    continue;
                }
                for (int b : members) {
                    if (a != b && past.countryOf(a) != past.countryOf(b) && !past.areNeighbours(a, b)) {
                        out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                }
            }
        }
        return out;
    }
}
