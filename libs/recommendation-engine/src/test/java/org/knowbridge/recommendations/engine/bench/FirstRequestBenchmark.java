package org.knowbridge.recommendations.engine.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.dataset.CordisCsvReader;
import org.knowbridge.recommendations.engine.dataset.Dataset;
import org.knowbridge.recommendations.engine.dataset.YearWindow;
import org.knowbridge.recommendations.engine.graph.CollaborationGraph;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.RankerTrainer;
import org.knowbridge.recommendations.engine.ranking.FirmProfile;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.Reason;
import org.knowbridge.recommendations.engine.ranking.Recommendation;

/**
 * What a first (uncached) ranking costs the engine, as the recommendations service asks for one: with reasons,
 * 20 suggestions. Builds the ranker as the service does ({@code new RankerTrainer(seed).rankerOn(snapshot)}) on
 * a dataset folder (optionally made k times larger, as {@link ProjectionMemoryBenchmark} does), then ranks two
 * kinds of firms, each once, on 1 and on 2 threads:
 * <ul>
 *   <li>{@code history}: SMEs of the graph with partners, ranked from their collaborations;</li>
 *   <li>{@code cold-start}: firms the graph does not know, given only a {@link FirmProfile}: the country of an
 *       SME of the graph and, as the areas it seeks, those of that SME's first collaboration (what most of the
 *       platform's first requests are).</li>
 * </ul>
 * Per run it prints the per-request latency (p50, p99, ms), the throughput (requests/s over the run's wall
 * time), the CPU time of the ranking thread per request (ms, mean: steadier than latency on a shared machine)
 * and the heap allocated per request (MB, {@code ThreadMXBean#getThreadAllocatedBytes} of the threads that
 * ranked). Each run ranks firms no run ranked before, after a warm-up on other firms, so that the figures are of
 * compiled code but of first requests; a digest of the measured answers (reasons and scores included) follows,
 * to check that a change leaves them alike.
 *
 * <pre>
 *   libs/recommendation-engine/bench/first-request.sh [DATA_DIR] [SCALE]
 * </pre>
 */
public final class FirstRequestBenchmark {

    /** Firms of each kind ranked per run ({@code -Dbench.firms}). */
    private static final int FIRMS = Integer.getInteger("bench.firms", 400);

    /** Suggestions per request, with reasons, as the service asks. */
    private static final int LIMIT = 20;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FirstRequestBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FirstRequestBenchmark DATA_DIR [SCALE]");
            System.exit(2);
        }
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Dataset real = new CordisCsvReader(Path.of(args[0])).read(YearWindow.until(Integer.MAX_VALUE));
        Dataset input = scale == 1 ? real : ProjectionMemoryBenchmark.copies(real, scale);
        CollaborationGraph graph = CollaborationGraph.of(input.organisations(), input.collaborations());
        GraphSnapshot snapshot = graph.snapshot();
        PartnerRanker ranker = new RankerTrainer(7).rankerOn(snapshot);
        System.out.printf(
                Locale.ROOT,
                "# %s x%d: %,d organisations, %,d collaborations; JVM %s, %d processors, max heap %,d MB%n",
                args[0],
                scale,
                snapshot.size(),
                snapshot.collaborations().size(),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        // Three disjoint sets of firms: one to warm up on, one per measured run, so that no measured request
        // finds what a lazily filled per-snapshot cache kept from ranking the same firm before.
        System.out.println("firms,threads,requests,p50_ms,p99_ms,requests_per_s,cpu_ms_per_request,mb_per_request");
        List<List<RankingRequest>> measured = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            List<RankingRequest> history = withHistory(snapshot, part);
            List<RankingRequest> coldStart = coldStart(snapshot, part);
            int threads = part; // the first measured set on 1 thread, the second on 2
            if (part == 0) {
                run(ranker, history, 1); // warm-up, unmeasured
                run(ranker, coldStart, 1);
            } else {
                print("history", threads, run(ranker, history, threads));
                print("cold-start", threads, run(ranker, coldStart, threads));
                measured.add(history);
                measured.add(coldStart);
            }
        }
        System.out.printf("# answers digest: %s%n", digest(ranker, measured));
    }

    /**
     * A digest of every answer, reasons and scores included, so that two builds can be checked to answer alike:
     * only what a build decides goes in (figures in key order, as a Map.of iterates in an order that changes
     * from one run to the next).
     */
    private static String digest(PartnerRanker ranker, List<List<RankingRequest>> sets) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (List<RankingRequest> requests : sets) {
            for (RankingRequest request : requests) {
                for (Recommendation r : ranker.rank(request)) {
                    StringBuilder line = new StringBuilder()
                            .append(r.rank())
                            .append(r.partnerId())
                            .append(Double.doubleToLongBits(r.score()));
                    for (Reason reason : r.reasons()) {
                        line.append(reason.type())
                                .append(reason.sentence())
                                .append(new TreeMap<>(reason.figures()))
                                .append(reason.entities());
                    }
                    sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** SMEs with partners, spread over the graph. */
    private static List<RankingRequest> withHistory(GraphSnapshot g, int part) {
        return spread(g, part).stream()
                .map(node -> RankingRequest.forFirm(g.id(node), LIMIT))
                .toList();
    }

    /** Firms unknown to the graph, each with the country and the areas of one of its SMEs. */
    private static List<RankingRequest> coldStart(GraphSnapshot g, int part) {
        List<RankingRequest> out = new ArrayList<>();
        for (int node : spread(g, part)) {
            Set<String> areas = new TreeSet<>(
                    g.collaborations().get(g.collaborationsOf(node)[0]).knowledgeAreas());
            FirmProfile profile = FirmProfile.of(g.organisation(node).country()).seeking(areas);
            out.add(RankingRequest.forFirm("bench-cold-start-" + part + "-" + out.size(), LIMIT)
                    .withProfile(profile));
        }
        return out;
    }

    /** Up to FIRMS SMEs with partners spread over the graph: of every three in node order, the part-th. */
    private static List<Integer> spread(GraphSnapshot g, int part) {
        int[] smes = IntStream.range(0, g.size())
                .filter(i -> g.organisation(i).sme() && g.degree(i) > 0)
                .toArray();
        int[] ours = IntStream.range(0, smes.length)
                .filter(k -> k % 3 == part)
                .map(k -> smes[k])
                .toArray();
        int step = Math.max(1, ours.length / FIRMS);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ours.length && out.size() < FIRMS; i += step) {
            out.add(ours[i]);
        }
        return out;
    }

    /** Each request once, the threads taking them in turn; per request its milliseconds and allocated bytes. */
    private static Run run(PartnerRanker ranker, List<RankingRequest> requests, int threads) throws Exception {
        double[] millis = new double[requests.size()];
        long[] bytes = new long[requests.size()];
        long[] cpu = new long[requests.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < requests.size(); i += threads) {
                        long allocated = THREADS.getCurrentThreadAllocatedBytes();
                        long cpuBefore = THREADS.getCurrentThreadCpuTime();
                        long began = System.nanoTime();
                        ranker.rank(requests.get(i));
                        millis[i] = (System.nanoTime() - began) / 1e6;
                        cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                        bytes[i] = THREADS.getCurrentThreadAllocatedBytes() - allocated;
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(
                millis,
                Arrays.stream(cpu).sum() / 1e6 / requests.size(),
                Arrays.stream(bytes).sum() / (double) requests.size(),
                requests.size() / seconds);
    }

    private record Run(double[] millis, double cpuMillisPerRequest, double bytesPerRequest, double perSecond) {}

    private static void print(String firms, int threads, Run run) {
        double[] sorted = run.millis().clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s,%d,%d,%.2f,%.2f,%.0f,%.2f,%.2f%n",
                firms,
                threads,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                run.perSecond(),
                run.cpuMillisPerRequest(),
                run.bytesPerRequest() / (1024.0 * 1024.0));
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
