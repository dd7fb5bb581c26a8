package org.knowbridge.recommendations.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.dataset.CordisCsvReader;
import org.knowbridge.recommendations.engine.dataset.Dataset;
import org.knowbridge.recommendations.engine.dataset.YearWindow;
import org.knowbridge.recommendations.engine.evaluation.ClassicBaseline;
import org.knowbridge.recommendations.engine.evaluation.EvaluationSplit;
import org.knowbridge.recommendations.engine.evaluation.Evaluator;
import org.knowbridge.recommendations.engine.evaluation.MethodResult;
import org.knowbridge.recommendations.engine.evaluation.MetricsTable;
import org.knowbridge.recommendations.engine.evaluation.RecommendationsFile;
import org.knowbridge.recommendations.engine.evaluation.RelevanceContext;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.RankerTrainer;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

/**
 * Offline evaluation (the protocol): learn from collaborations up to {@code --train-until}, recommend for
 * every SME of the train graph with the same ranker the service uses, write the recommendations file, then
 * score it and the classic baselines on the test window.
 */
public final class EvaluateCommand {

    /** The recommender's name in the metrics table. */
    public static final String METHOD = "knowbridge";

    private final PrintStream out;

    public EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        EvaluateArguments arguments;
        try {
            arguments = EvaluateArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(EvaluateArguments.USAGE);
            System.exit(2);
            return;
        }
        new EvaluateCommand(System.out).run(arguments);
    }

    /** Runs the evaluation and returns the table's rows, ours first. */
    public List<MethodResult> run(EvaluateArguments a) {
        long start = System.nanoTime();
        CordisCsvReader reader = new CordisCsvReader(a.dataDirectory());
        GraphSnapshot train = reader.read(YearWindow.until(a.trainUntil())).toSnapshot();
        long loaded = System.nanoTime();
        RankerTrainer.Trained trained = new RankerTrainer(a.seed()).train(train);
        PartnerRanker ranker = new PartnerRanker(RankingSignals.of(train), trained.model());
        long learned = System.nanoTime();
        Map<String, List<RecommendationsFile.Row>> lists = recommendAll(ranker, a.limit());
        RecommendationsFile.write(a.out(), lists);
        long ranked = System.nanoTime();
        // only now, for scoring, is anything after the training window read
        Dataset test = reader.read(YearWindow.between(a.testFrom(), a.testUntil()));
        EvaluationSplit split = EvaluationSplit.of(train, test.collaborations());
        Evaluator evaluator = new Evaluator(split, RelevanceContext.of(split, reader.companies()));
        List<MethodResult> rows = new ArrayList<>();
        rows.add(evaluator.evaluate(METHOD, asNodes(lists, train)));
        for (ClassicBaseline b : ClassicBaseline.values()) {
            Map<Integer, List<Integer>> baseline = b.rank(split, a.limit(), a.seed());
            rows.add(evaluator.evaluate(b.label(), baseline));
            a.baselineRecs()
                    .ifPresent(
                            dir -> RecommendationsFile.write(dir.resolve(b.label() + ".csv"), asRows(baseline, train)));
        }
        long done = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "# train graph: %d organisations, %d SMEs ranked; evaluated SMEs: %d; "
                        + "new foreign partners to find: %d%n",
                split.graphSize(),
                lists.size(),
                split.truth().size(),
                split.newPartnerCount());
        out.printf(
                Locale.ROOT,
                "# learned from %s: %d examples of %d firms%n",
                trained.cut(),
                trained.examples(),
                trained.firms());
        out.printf(
                Locale.ROOT,
                "# seconds: load %.1f, learn %.1f, rank %.1f, evaluate with baselines %.1f, " + "total %.1f%n",
                secs(start, loaded),
                secs(loaded, learned),
                secs(learned, ranked),
                secs(ranked, done),
                secs(start, done));
        out.printf("# recommendations written to %s%n", a.out());
        out.print(MetricsTable.format(rows));
        return rows;
    }

    /** Every SME of the train graph (with at least one partner), ranked in parallel, in id order. */
    static Map<String, List<RecommendationsFile.Row>> recommendAll(PartnerRanker ranker, int limit) {
        GraphSnapshot g = ranker.graph();
        int[] smes = IntStream.range(0, g.size())
                .filter(i -> g.organisation(i).sme() && g.degree(i) > 0)
                .toArray();
        List<List<RecommendationsFile.Row>> results = new ArrayList<>(smes.length);
        for (int i = 0; i < smes.length; i++) {
            results.add(null);
        }
        IntStream.range(0, smes.length).parallel().forEach(k -> {
            List<Recommendation> recs = ranker.rank(RankingRequest.forFirm(g.id(smes[k]), limit), false);
            results.set(
                    k,
                    recs.stream()
                            .map(r -> new RecommendationsFile.Row(r.partnerId(), r.score()))
                            .toList());
        });
        Map<String, List<RecommendationsFile.Row>> lists = new LinkedHashMap<>();
        for (int k = 0; k < smes.length; k++) {
            lists.put(g.id(smes[k]), results.get(k));
        }
        return lists;
    }

    private static Map<Integer, List<Integer>> asNodes(
            Map<String, List<RecommendationsFile.Row>> lists, GraphSnapshot g) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        lists.forEach((firm, rows) -> out.put(
                g.index(firm), rows.stream().map(r -> g.index(r.partnerId())).toList()));
        return out;
    }

    private static Map<String, List<RecommendationsFile.Row>> asRows(
            Map<Integer, List<Integer>> lists, GraphSnapshot g) {
        Map<String, List<RecommendationsFile.Row>> out = new TreeMap<>();
        lists.forEach((firm, nodes) -> {
            List<RecommendationsFile.Row> rows = new ArrayList<>();
            for (int r = 0; r < nodes.size(); r++) {
                rows.add(new RecommendationsFile.Row(g.id(nodes.get(r)), nodes.size() - r));
            }
            out.put(g.id(firm), rows);
        });
        return out;
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
