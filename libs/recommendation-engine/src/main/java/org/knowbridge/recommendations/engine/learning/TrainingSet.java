package org.knowbridge.recommendations.engine.learning;

import java.util.List;

/**
 * Labelled candidates, grouped by the firm they were ranked for.
 *
 * @param features  per example, the model's columns (raw features and their within-pool z-scores)
 * @param groups    per example, the index of its firm's group (examples of a group are contiguous)
 * @param positives per group, how many true new partners the firm had in all (inside the pool or not)
 */
public record TrainingSet(List<double[]> features, List<Boolean> labels, List<Integer> groups, int[] positives) {

    public int size() {
        return features.size();
    }

    public int groupCount() {
        return positives.length;
    }
}
