package org.knowbridge.recommendations.engine.learning;

import java.util.List;
import org.knowbridge.recommendations.engine.ranking.Feature;
import org.knowbridge.recommendations.engine.ranking.LinearRankingModel;

/**
 * A hand-set model for graphs too small or too young to learn from (a fresh deployment, tests): shared
 * partners first, then knowledge and call-line fit, then the candidate's reach. Replaced by a learned model
 * as soon as the history yields examples.
 */
public final class PriorModel {

    private PriorModel() {}

    public static LinearRankingModel get() {
        List<String> columns = RankerTrainer.columns();
        double[] weights = new double[columns.size()];
        weights[Feature.COMMON_PARTNERS.ordinal()] = 1.0;
        weights[Feature.THREE_STEP_WALK.ordinal()] = 0.3;
        weights[Feature.KNOWLEDGE_FIT.ordinal()] = 0.8;
        weights[Feature.CALL_LINE_FIT.ordinal()] = 0.5;
        weights[Feature.PARTNERS.ordinal()] = 0.5;
        weights[Feature.PARTNERS_IN_FIRM_COUNTRY.ordinal()] = 0.3;
        weights[Feature.COUNTRY_AFFINITY.ordinal()] = 0.2;
        double[] zero = new double[columns.size()];
        double[] one = new double[columns.size()];
        java.util.Arrays.fill(one, 1);
        return new LinearRankingModel(columns, zero, one, weights, 0);
    }
}
