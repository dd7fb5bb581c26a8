package org.knowbridge.recommendations.engine.evaluation;

import java.util.List;
import java.util.Locale;

/** Prints method rows in the reference evaluator's column order and precision. */
public final class MetricsTable {

    public static final String HEADER =
            "method,recall@10,ndcg@10,hit@10,recall@50,ndcg@50,mrr@50,coverage@10,invalid,evaluated_firms,"
                    + "tail_recall@10,personalisation@10,hub_share@10,company_share@10,field_fit@10";

    private MetricsTable() {}

    public static String format(List<MethodResult> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (MethodResult r : rows) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f%n",
                    r.method(),
                    r.recallAt10(),
                    r.ndcgAt10(),
                    r.hitAt10(),
                    r.recallAt50(),
                    r.ndcgAt50(),
                    r.mrrAt50(),
                    r.coverageAt10(),
                    r.invalid(),
                    r.evaluatedFirms(),
                    r.relevance().tailRecallAt10(),
                    r.relevance().personalisationAt10(),
                    r.relevance().hubShareAt10(),
                    r.relevance().companyShareAt10(),
                    r.relevance().fieldFitAt10()));
        }
        return sb.toString();
    }
}
