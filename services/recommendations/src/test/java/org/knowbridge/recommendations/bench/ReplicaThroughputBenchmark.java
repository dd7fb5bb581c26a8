package org.knowbridge.recommendations.bench;

import java.util.Arrays;
import java.util.List;

/**
 * GET recommendations throughput of one replica against two, on the same firms and the same request mix as
 * {@link RecommendationsBenchmark}'s latency run: the requests go to the first replica only, then to both in turn,
 * alternately for a few rounds, and the requests per second of each are printed. Needs two running replicas
 * (RECOMMENDATIONS_REPLICAS, comma-separated base URLs) and the platform they read (FIRM_PROFILES_URL for the firms,
 * or BENCH_FIRM_IDS, comma-separated firm ids).
 */
public final class ReplicaThroughputBenchmark {

    private ReplicaThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> replicas = Arrays.stream(RecommendationsBenchmark.env(
                                "RECOMMENDATIONS_REPLICAS", "http://127.0.0.1:8083,http://127.0.0.1:8093")
                        .split(","))
                .map(String::strip)
                .toList();
        if (replicas.size() != 2) {
            throw new IllegalArgumentException("RECOMMENDATIONS_REPLICAS names two replicas, not " + replicas);
        }
        int firms = Integer.parseInt(RecommendationsBenchmark.env("BENCH_FIRMS", "300"));
        int threads = Integer.parseInt(RecommendationsBenchmark.env("BENCH_THREADS", "8"));
        int requests = Integer.parseInt(RecommendationsBenchmark.env("BENCH_REQUESTS", "20000"));
        int rounds = Integer.parseInt(RecommendationsBenchmark.env("BENCH_ROUNDS", "2"));
        RecommendationsBenchmark bench = new RecommendationsBenchmark();
        String given = RecommendationsBenchmark.env("BENCH_FIRM_IDS", "");
        // Sampling firms with collaborations asks for each firm's list in turn: given ids skip that on a large
        // platform.
        List<String> sample = given.isBlank()
                ? bench.linkedFirms(firms)
                : Arrays.stream(given.split(",")).map(String::strip).toList();
        double[] one = new double[rounds];
        double[] two = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            one[round] = bench.latency(sample, threads, requests, replicas.subList(0, 1));
            two[round] = bench.latency(sample, threads, requests, replicas);
        }
        System.out.printf(
                "throughput, requests/s per round: one replica %s, two replicas %s; %d cores on this machine, "
                        + "load average %.1f at the end%n",
                Arrays.toString(Arrays.stream(one).mapToLong(Math::round).toArray()),
                Arrays.toString(Arrays.stream(two).mapToLong(Math::round).toArray()),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }
}
