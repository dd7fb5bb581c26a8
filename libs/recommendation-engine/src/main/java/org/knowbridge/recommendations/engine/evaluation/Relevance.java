package org.knowbridge.recommendations.engine.evaluation;

/**
 * The protocol's relevance figures of a method's top 10s (recall rewards the hubs that join every
 * consortium; these say whether the lists fit the firm).
 *
 * @param tailRecallAt10      recall@10 counting only new partners outside the hubs (firms with none skipped)
 * @param personalisationAt10 1 − mean share of one firm's top 10 that another firm's top 10 also holds
 * @param hubShareAt10        share of top-10 slots held by hubs
 * @param companyShareAt10    share of top-10 slots held by companies (type COMPANY)
 * @param fieldFitAt10        mean share of a suggested partner's train projects sharing a field with the firm's
 *                            (NaN when no firm or partner has knowledge areas)
 */
public record Relevance(
        double tailRecallAt10,
        double personalisationAt10,
        double hubShareAt10,
        double companyShareAt10,
        double fieldFitAt10) {

    /** For a row computed without the data the figures need. */
    public static final Relevance UNKNOWN = new Relevance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
