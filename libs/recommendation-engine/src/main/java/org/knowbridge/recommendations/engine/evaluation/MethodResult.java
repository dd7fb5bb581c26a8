package org.knowbridge.recommendations.engine.evaluation;

/** One row of the metrics table: a method's metrics averaged over the evaluated firms, and its relevance figures. */
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
        int invalid,
        Relevance relevance) {

    /** A row without the relevance figures. */
    public MethodResult(
            String method,
            double recallAt10,
            double ndcgAt10,
            double hitAt10,
            double recallAt50,
            double ndcgAt50,
            double mrrAt50,
            double coverageAt10,
            int evaluatedFirms,
            int invalid) {
        this(
                method,
                recallAt10,
                ndcgAt10,
                hitAt10,
                recallAt50,
                ndcgAt50,
                mrrAt50,
                coverageAt10,
                evaluatedFirms,
                invalid,
                Relevance.UNKNOWN);
    }
}
