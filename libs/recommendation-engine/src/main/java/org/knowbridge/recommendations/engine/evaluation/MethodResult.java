package org.knowbridge.recommendations.engine.evaluation;

/** One row of the metrics table: a method's metrics averaged over the evaluated firms. */
public record MethodResult(
        String method,
        double recallAt10,
        double ndcgAt10,
        double hitAt10,
        double recallAt50,
        double ndcgAt50,
        double mrrAt50,
        double coverageAt10,
        int evaluatedFirms,
        int invalid) {}
