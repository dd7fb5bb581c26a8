package org.knowbridge.recommendations.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.knowbridge.recommendations.engine.dataset.CordisCsvReader;
import org.knowbridge.recommendations.engine.dataset.Dataset;
import org.knowbridge.recommendations.engine.dataset.YearWindow;
import org.knowbridge.recommendations.engine.graph.CollaborationGraph;
import org.knowbridge.recommendations.engine.graph.GraphSnapshot;
import org.knowbridge.recommendations.engine.learning.RankerTrainer;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;
import org.knowbridge.recommendations.engine.ranking.LinearRankingModel;
import org.knowbridge.recommendations.engine.ranking.PartnerRanker;
import org.knowbridge.recommendations.engine.ranking.RankingRequest;
import org.knowbridge.recommendations.engine.ranking.RankingSignals;

/**
 * How the recommendations service's in-memory projection grows with the graph: builds it, as the service does
 * after reading partner-graph's export, from a dataset folder and from copies of it made k times larger (each
 * copy with its own organisation and collaboration ids, so the copies are disjoint graphs with the real degree
 * and project-size distributions), and prints per size the heap retained after a full GC and the build times.
 *
 * <pre>
 *   libs/recommendation-engine/bench/projection-memory.sh [DATA_DIR] [SCALES]
 * </pre>
 *
 * The columns:
 * <ul>
 *   <li>{@code input}: the organisations and collaborations as parsed (what the export is turned into);</li>
 *   <li>{@code projection}: what the service keeps between changes once the input is dropped: the mutable
 *       {@link CollaborationGraph}, its {@link GraphSnapshot} and the {@link RankingSignals} over it;</li>
 *   <li>{@code during change}: the same while one change is applied: the next snapshot and signals are built
 *       while the current ones still serve requests;</li>
 *   <li>build times of the graph, the snapshot and the signals (one thread each, the signals use two);</li>
 *   <li>one applied change, as the service applies a recorded collaboration: the event into the graph, then
 *       the ranker moved to the new snapshot. The median over {@code -Dbench.changes} (5) changes, each a new
 *       collaboration among the members of an existing one of the real graph (the first copy), the same ones at
 *       every size, whose id sorts right after that one's (so the collaborations after it move up one place, as
 *       a new id among the existing ones does), of its wall time and of
 *       its CPU time: the process's CPU time ({@code OperatingSystemMXBean#getProcessCpuTime}), so every
 *       thread it used counts, the collector's included;</li>
 *   <li>the median and p95 of ranking one SME with reasons ({@code -Dbench.ranked-firms}, 40, SMEs spread over
 *       the graph).</li>
 * </ul>
 * The ranker's model is learned once on the real graph and kept for every size (the service keeps its model
 * across changes too); learning on the larger graphs is timed only up to {@code -Dbench.learn-up-to} (2).
 */
public final class ProjectionMemoryBenchmark {

    /** How many SMEs are ranked per size, for the latency columns ({@code -Dbench.ranked-firms}; 0: none). */
    private static final int RANKED_FIRMS = Integer.getInteger("bench.ranked-firms", 40);

    /** How many changes are applied per size; the change columns are their medians ({@code -Dbench.changes}). */
    private static final int CHANGES = Integer.getInteger("bench.changes", 5);

    private ProjectionMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ProjectionMemoryBenchmark DATA_DIR [SCALE,SCALE,...]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int[] scales = Arrays.stream((args.length > 1 ? args[1] : "1,4,16").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        int learnUpTo = Integer.getInteger("bench.learn-up-to", 2);

        long readStart = System.nanoTime();
        Dataset real = new CordisCsvReader(data).read(YearWindow.until(Integer.MAX_VALUE));
        System.out.printf(
                Locale.ROOT,
                "# %s: %,d organisations, %,d collaborations, %,d participations (read in %.1f s)%n",
                data,
                real.organisations().size(),
                real.collaborations().size(),
                participations(real),
                seconds(readStart));
        System.out.printf(
                Locale.ROOT,
                "# JVM %s, max heap %,d MB, %d processors%n",
                Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        LinearRankingModel model = new RankerTrainer(7)
                .train(GraphSnapshot.of(real.organisations(), real.collaborations()))
                .model();

        System.out.println(
                "scale,organisations,collaborations,participations,pairs,input_mb,projection_mb,during_change_mb,"
                        + "projection_mb_per_million_collaborations,graph_s,snapshot_s,signals_s,change_s,change_cpu_s,learn_s,"
                        + "rank_p50_ms,rank_p95_ms");
        for (int k : scales) {
            measure(real, k, k <= learnUpTo, model);
        }
    }

    private static void measure(Dataset realGraph, int k, boolean learn, LinearRankingModel model) {
        long base = usedAfterGc();
        Dataset input = copies(realGraph, k);
        long inputBytes = usedAfterGc() - base;

        long t = System.nanoTime();
        CollaborationGraph graph = CollaborationGraph.of(input.organisations(), input.collaborations());
        double graphSeconds = seconds(t);
        t = System.nanoTime();
        GraphSnapshot snapshot = graph.snapshot();
        double snapshotSeconds = seconds(t);
        t = System.nanoTime();
        RankingSignals signals = RankingSignals.of(snapshot);
        double signalsSeconds = seconds(t);
        int organisations = input.organisations().size();
        int collaborations = input.collaborations().size();
        long participations = participations(input);
        input = null;
        long projectionBytes = usedAfterGc() - base;

        // Changes as the service applies a recorded collaboration: into the graph, then the ranker moved to the
        // next snapshot while the current one still serves.
        // The same changes at every size: among the members of collaborations of the first copy, the real graph.
        List<Collaboration> byId = new ArrayList<>(realGraph.collaborations());
        byId.sort(Comparator.comparing(Collaboration::id));
        List<Collaboration> likes = new ArrayList<>();
        for (int x = 0; x < CHANGES; x++) {
            likes.add(byId.get(byId.size() * x / CHANGES));
        }
        PartnerRanker serving = new PartnerRanker(signals, model);
        // Only the serving ranker holds them from here on, as in the service.
        snapshot = null;
        signals = null;
        double[] changeSeconds = new double[CHANGES];
        double[] changeCpuSeconds = new double[CHANGES];
        PartnerRanker previous = serving;
        for (int x = 0; x < CHANGES; x++) {
            Collaboration like = likes.get(x);
            long cpu = processCpuNanos();
            t = System.nanoTime();
            graph.recordCollaboration(new Collaboration(
                    like.id() + "-bench-change-" + x,
                    like.year(),
                    like.channel(),
                    like.outcome(),
                    like.participants(),
                    like.knowledgeAreas(),
                    like.programme(),
                    0));
            PartnerRanker moved = serving.on(graph.snapshot());
            changeSeconds[x] = seconds(t);
            changeCpuSeconds[x] = (processCpuNanos() - cpu) / 1e9;
            previous = serving;
            serving = moved;
        }
        GraphSnapshot next = serving.graph();
        long duringChangeBytes = usedAfterGc() - base;
        if (previous.graph() == next && CHANGES > 0) {
            throw new IllegalStateException("the change left the snapshot as it was");
        }

        double learnSeconds = Double.NaN;
        if (learn) {
            t = System.nanoTime();
            new RankerTrainer(7).train(next);
            learnSeconds = seconds(t);
        }
        double[] rankMillis = RANKED_FIRMS > 0 ? rankSomeSmes(serving) : new double[] {Double.NaN, Double.NaN};

        System.out.printf(
                Locale.ROOT,
                "%d,%d,%d,%d,%d,%.0f,%.0f,%.0f,%.0f,%.2f,%.2f,%.2f,%.3f,%.3f,%s,%.1f,%.1f%n",
                k,
                organisations,
                collaborations,
                participations,
                next.edgeCount() / 2,
                mb(inputBytes),
                mb(projectionBytes),
                mb(duringChangeBytes),
                mb(projectionBytes) * 1_000_000.0 / collaborations,
                graphSeconds,
                snapshotSeconds,
                signalsSeconds,
                median(changeSeconds),
                median(changeCpuSeconds),
                learn ? String.format(Locale.ROOT, "%.2f", learnSeconds) : "",
                rankMillis[0],
                rankMillis[1]);
        // Keep the ranker the change replaced alive until the last measurement, as the service does.
        if (previous.graph().size() == 0) {
            throw new IllegalStateException("no graph before the change");
        }
    }

    /**
     * Median and p95 in milliseconds of ranking SMEs with partners, with reasons, spread over the graph, one at a
     * time; the same SMEs are ranked once before, unmeasured, so the figures are of compiled code.
     */
    private static double[] rankSomeSmes(PartnerRanker ranker) {
        GraphSnapshot g = ranker.graph();
        int[] smes = IntStream.range(0, g.size())
                .filter(i -> g.organisation(i).sme() && g.degree(i) > 0)
                .toArray();
        int step = Math.max(1, smes.length / RANKED_FIRMS);
        List<Double> millis = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            millis.clear();
            for (int i = 0; i < smes.length && millis.size() < RANKED_FIRMS; i += step) {
                long t = System.nanoTime();
                ranker.rank(RankingRequest.forFirm(g.id(smes[i]), 10));
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {
            sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))]
        };
    }

    /**
     * The dataset k times over, every copy built from fresh strings as a parse of the export would (copy 0 keeps
     * the real ids, copy c appends {@code ~c} to every organisation and collaboration id).
     */
    static Dataset copies(Dataset real, int k) {
        List<Organisation> organisations = new ArrayList<>(real.organisations().size() * k);
        List<Collaboration> collaborations =
                new ArrayList<>(real.collaborations().size() * k);
        for (int c = 0; c < k; c++) {
            String suffix = c == 0 ? "" : "~" + c;
            for (Organisation o : real.organisations()) {
                organisations.add(new Organisation(
                        o.id() + suffix,
                        fresh(o.name()),
                        fresh(o.country()),
                        o.type(),
                        o.sme(),
                        freshSet(o.knowledgeAreas())));
            }
            for (Collaboration x : real.collaborations()) {
                List<Participant> participants = x.participants().stream()
                        .map(p -> new Participant(p.organisationId() + suffix, p.role()))
                        .toList();
                collaborations.add(new Collaboration(
                        x.id() + suffix,
                        x.year(),
                        x.channel(),
                        x.outcome(),
                        participants,
                        freshSet(x.knowledgeAreas()),
                        fresh(x.programme()),
                        x.endYear()));
            }
        }
        return new Dataset(organisations, collaborations);
    }

    private static String fresh(String s) {
        return new String(s.toCharArray());
    }

    private static Set<String> freshSet(Set<String> strings) {
        Set<String> out = new LinkedHashSet<>();
        strings.forEach(s -> out.add(fresh(s)));
        return out;
    }

    private static long participations(Dataset d) {
        return d.collaborations().stream()
                .mapToLong(c -> c.participants().size())
                .sum();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of every thread of the process so far, the collector's and the compiler's included. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
