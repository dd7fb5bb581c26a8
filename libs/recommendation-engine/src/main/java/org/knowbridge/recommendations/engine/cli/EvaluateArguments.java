package org.knowbridge.recommendations.engine.cli;

import java.nio.file.Path;
import java.util.Optional;

/** The evaluation command's arguments. */
public record EvaluateArguments(
        Path dataDirectory,
        int trainUntil,
        int testFrom,
        int testUntil,
        Path out,
        long seed,
        int limit,
        Optional<Path> baselineRecs) {

    static final String USAGE = """
            usage: evaluate DATA_DIR --train-until YEAR --test-from YEAR --test-until YEAR --out RECS.csv
                            [--seed 7] [--limit 50] [--baseline-recs DIR]
              DATA_DIR holds organisations.csv, projects.csv and participations.csv.
              Learns from collaborations up to --train-until only, writes firm_id,rank,partner_id,score for
              every SME of the train graph, then prints the protocol's metrics for this recommender and the
              classic baselines on the test window. --baseline-recs also writes each baseline's lists.""";

    public static EvaluateArguments parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("missing DATA_DIR");
        }
        Path data = Path.of(args[0]);
        Integer trainUntil = null;
        Integer testFrom = null;
        Integer testUntil = null;
        Path out = null;
        long seed = 7;
        int limit = 50;
        Path baselines = null;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--train-until" -> trainUntil = Integer.parseInt(value);
                case "--test-from" -> testFrom = Integer.parseInt(value);
                case "--test-until" -> testUntil = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--limit" -> limit = Integer.parseInt(value);
                case "--baseline-recs" -> baselines = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (trainUntil == null || testFrom == null || testUntil == null || out == null) {
            throw new IllegalArgumentException("--train-until, --test-from, --test-until and --out are required");
        }
        if (testFrom <= trainUntil || testUntil < testFrom) {
            throw new IllegalArgumentException("the test window must come after the training window");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be positive");
        }
        return new EvaluateArguments(
                data, trainUntil, testFrom, testUntil, out, seed, limit, Optional.ofNullable(baselines));
    }
}
