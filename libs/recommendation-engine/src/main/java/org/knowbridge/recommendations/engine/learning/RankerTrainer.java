package org.knowbridge.recommendations.engine.learning;

import java.util.ArrayList;
import java.util.List;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.ranking.Feature;
import org.knowbridge.recommendations.engine.ranking.LinearRankingModel;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;

/**
 * Learns how to weigh the signals from the training graph alone. With a cut by year there is one cut; with
 * a random holdout, several seeded holdouts are pooled so that the weights do not hinge on one draw.
 */
public final class RankerTrainer {

    /** Random holdouts pooled when the training window holds a single year. */
    static final int HOLDOUT_REPEATS = 4;

    static final double L2 = 1e-3;
    static final int ITERATIONS = 300;
    /** Below this many positive examples the history is too thin to learn from: the prior model is used. */
    static final int MIN_POSITIVES = 20;

    private final long seed;

    public RankerTrainer(long seed) {
        this.seed = seed;
    }

    /** Learns a model from the graph's own history and ranks on the graph: the one-call set-up. */
    public PartnerRanker rankerOn(GraphSnapshot graph) {
        return new PartnerRanker(RankingSignals.of(graph), train(graph).model());
    }

    public Trained train(GraphSnapshot graph) {
        InternalCut first = InternalCut.choose(graph, seed);
        List<InternalCut> cuts = new ArrayList<>();
        cuts.add(first);
        if (first instanceof InternalCut.RandomHoldout h) {
            for (int r = 1; r < HOLDOUT_REPEATS; r++) {
                cuts.add(new InternalCut.RandomHoldout(h.share(), seed + r));
            }
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        int groups = 0;
        for (int r = 0; r < cuts.size(); r++) {
            TrainingSet set = TrainingSetBuilder.build(graph, cuts.get(r), seed + 31L * r);
            x.addAll(set.features());
            y.addAll(set.labels());
            groups += set.groupCount();
        }
        boolean[] labels = new boolean[y.size()];
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
            positives += labels[i] ? 1 : 0;
        }
        if (positives < MIN_POSITIVES) {
            return new Trained(
                    PriorModel.get(),
                    "too little history (" + positives + " positive examples): prior",
                    x.size(),
                    groups);
        }
        LinearRankingModel model =
                new LogisticRegressionTrainer(L2, ITERATIONS).fit(columns(), x.toArray(double[][]::new), labels);
        return new Trained(model, first.describe() + (cuts.size() > 1 ? " x" + cuts.size() : ""), x.size(), groups);
    }

    /** The model's columns: every feature, then every feature relative to the firm's pool. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        for (Feature f : Feature.values()) {
            names.add(f.name());
        }
        for (Feature f : Feature.values()) {
            names.add(f.name() + " (vs pool)");
        }
        return List.copyOf(names);
    }

    /** A learned model and how it was learned. */
    public record Trained(LinearRankingModel model, String cut, int examples, int firms) {}
}
