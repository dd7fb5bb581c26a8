package org.knowbridge.systemtests.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.recommendations.engine.cli.EvaluateArguments;
import org.knowbridge.recommendations.engine.cli.EvaluateCommand;
import org.knowbridge.recommendations.engine.evaluation.ClassicBaseline;
import org.knowbridge.recommendations.engine.evaluation.MethodResult;
import org.knowbridge.systemtests.RecommendationsReplica;
import org.knowbridge.systemtests.chaos.Component;

/**
 * {@code ./knowbridge bench}: measures the running demo platform in one run and prints one table, side by side:
 * <ul>
 * <li>GET recommendations against the service's authenticated constant answer ({@code /api/v1/ping}, same
 *     security: the framework's limit here), at 1, 4 and 16 clients, for one firm asked again and again
 *     (cached) and over all the platform's firms in turn (first requests, as users spread);</li>
 * <li>the per-request Cypher recommender a user would otherwise write, on the same Neo4j, and its recall@10 on
 *     the dev split beside ours;</li>
 * <li>freshness, from the API call that records a collaboration or updates a firm to that firm's
 *     {@code RecommendationsUpdated};</li>
 * <li>the import of data/cordis-he into partner-graph and firm-profiles.</li>
 * </ul>
 * Each load row prints the CPU the serving process and this load generator used, so a starved server shows.
 * It writes to the demo's stores (recorded collaborations, firm updates, an import of data it already holds).
 */
public final class PlatformBenchmark {

    private static final int[] CLIENTS = {1, 4, 16};
    /** How many of the register's SMEs the Cypher recommender ranks in turn. */
    private static final int PEER_FIRMS = 5000;

    private static final String FROM_COLLABORATIONS = "\"coldStart\":false";

    private final Demo demo = new Demo();
    private final Duration perRow = Duration.ofSeconds(Long.getLong("knowbridge.bench.seconds", 5));
    private final int freshnessSamples = Integer.getInteger("knowbridge.bench.freshness", 20);
    private final BenchTable table = new BenchTable();

    public static void main(String[] args) throws Exception {
        new PlatformBenchmark().run();
        // the HTTP client's and the Kafka probes' threads must not keep the JVM
        System.exit(0);
    }

    private void run() throws Exception {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> firms = demo.platformFirms();
        System.out.printf(
                "KnowBridge benchmark, %s: %d cores, load average %.1f at the start; %d platform firms; %s per load row%n",
                started, Runtime.getRuntime().availableProcessors(), loadBefore, firms.size(), perRow);
        projectionReload();
        List<LoadRun.Result> spread = recommendationsAgainstPing(firms);
        cypherPeer(spread);
        freshness(firms);
        imports();
        System.out.println();
        table.print(System.out);
        System.out.printf(
                "load average %.1f at the start, %.1f at the end%n",
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** What a new replica or an operator's reload costs: the whole graph read from partner-graph, projected, learned. */
    private void projectionReload() throws Exception {
        String status = Demo.RECOMMENDATIONS + "/api/v1/projection";
        String before = demo.getJson(status).path("lastLoadedAt").asText("");
        long start = System.nanoTime();
        demo.send(
                HttpRequest.newBuilder(URI.create(status + "/reload")).POST(HttpRequest.BodyPublishers.noBody()), 202);
        JsonNode loaded;
        do {
            Thread.sleep(200);
            loaded = demo.getJson(status);
        } while (loaded.path("loading").asBoolean()
                || loaded.path("lastLoadedAt").asText("").equals(before));
        table.addFigure(
                "projection reload: %,d organisations (read export / project / learn, ms)"
                        .formatted(loaded.path("organisations").asInt()),
                "%.1f s (%d / %d / %d)"
                        .formatted(
                                (System.nanoTime() - start) / 1e9,
                                loaded.path("lastReadMillis").asLong(),
                                loaded.path("lastProjectMillis").asLong(),
                                loaded.path("lastLearnMillis").asLong()),
                "");
    }

    /** The no-op, one cached firm and the spread firms, at each client count; returns the spread runs. */
    private List<LoadRun.Result> recommendationsAgainstPing(List<String> firms) throws Exception {
        Component service = Component.named("recommendations");
        String cachedFirm = demo.firmWithSuggestions(firms);
        demo.getRecommendations(cachedFirm);
        FirmCursor cursor = FirmCursor.resume(firms.size());
        warmUp(service, cachedFirm, firms, cursor);
        List<LoadRun.Result> spread = new ArrayList<>();
        AtomicLong fromCollaborations = new AtomicLong();
        for (int clients : CLIENTS) {
            String token = demo.adminToken();
            LoadRun.Result ping = LoadRun.run(
                    "GET ping (constant answer)",
                    clients,
                    perRow,
                    service::cpuTime,
                    n -> demo.get(Demo.RECOMMENDATIONS + "/api/v1/ping", token).statusCode() == 200);
            LoadRun.Result cached = LoadRun.run(
                    "GET recommendations, one firm (cached)",
                    clients,
                    perRow,
                    service::cpuTime,
                    n -> demo.get(Demo.recommendationsOf(cachedFirm), token).statusCode() == 200);
            LoadRun.Result firstRequests = LoadRun.run(
                    "GET recommendations, firms in turn (first requests)", clients, perRow, service::cpuTime, n -> {
                        var response = demo.get(Demo.recommendationsOf(firms.get(cursor.next())), token);
                        if (response.body().contains(FROM_COLLABORATIONS)) {
                            fromCollaborations.incrementAndGet();
                        }
                        return response.statusCode() == 200;
                    });
            String goal = clients == 4 ? "p99 <= 10 ms and >= 0.5 x no-op" : "";
            table.add(ping, null, "recommendations", "");
            table.add(cached, ping, "recommendations", goal);
            table.add(firstRequests, ping, "recommendations", goal);
            spread.add(firstRequests);
        }
        twoReplicas(firms, cachedFirm, cursor, spread.get(1));
        cursor.save();
        long asked = spread.stream().mapToLong(run -> run.latencies().length).sum();
        System.out.printf(
                "firms in turn: %d of %d first requests ranked from the firm's collaborations, the others from its"
                        + " profile alone (a firm without collaborations of its own, or a verified link to a register"
                        + " organisation that has them)%n",
                fromCollaborations.get(), asked);
        return spread;
    }

    /**
     * Each kind of request for a row's time, unmeasured: a service just started or reloaded compiles its hot code
     * meanwhile, which would otherwise be counted against the first rows.
     */
    private void warmUp(Component service, String cachedFirm, List<String> firms, FirmCursor cursor) throws Exception {
        String token = demo.adminToken();
        LoadRun.run("warm-up", 4, perRow, service::cpuTime, n -> switch ((int) (n % 3)) {
            case 0 -> demo.get(Demo.RECOMMENDATIONS + "/api/v1/ping", token).statusCode() == 200;
            case 1 -> demo.get(Demo.recommendationsOf(cachedFirm), token).statusCode() == 200;
            default ->
                demo.get(Demo.recommendationsOf(firms.get(cursor.next())), token)
                                .statusCode()
                        == 200;
        });
    }

    /**
     * A second recommendations replica started beside the demo's (its own publishers group, so the demo's keeps
     * its duty), and the 4-client runs again with the requests alternating between the two.
     */
    private void twoReplicas(List<String> firms, String cachedFirm, FirmCursor cursor, LoadRun.Result oneReplica)
            throws Exception {
        Component service = Component.named("recommendations");
        RecommendationsReplica second = RecommendationsReplica.start("recommendations-publishers-bench");
        try {
            second.awaitReady();
            String[] bases = {Demo.RECOMMENDATIONS, second.url()};
            Supplier<Duration> bothCpu = () -> service.cpuTime()
                    .plus(second.process().toHandle().info().totalCpuDuration().orElse(Duration.ZERO));
            String token = demo.adminToken();
            String suffix = "/recommendations?limit=10";
            LoadRun.Result cached = LoadRun.run(
                    "GET recommendations, one firm (cached), two replicas",
                    4,
                    perRow,
                    bothCpu,
                    n -> demo.get(bases[(int) (n % 2)] + "/api/v1/firms/" + cachedFirm + suffix, token)
                                    .statusCode()
                            == 200);
            LoadRun.Result firstRequests = LoadRun.run(
                    "GET recommendations, firms in turn (first requests), two replicas",
                    4,
                    perRow,
                    bothCpu,
                    n -> demo.get(bases[(int) (n % 2)] + "/api/v1/firms/" + firms.get(cursor.next()) + suffix, token)
                                    .statusCode()
                            == 200);
            table.add(cached, null, "both replicas", "");
            table.add(firstRequests, null, "both replicas", "");
            table.addFigure(
                    "  two replicas against one, first requests at 4 clients, throughput",
                    BenchTable.ratio(firstRequests.perSecond() / oneReplica.perSecond()) + " x",
                    "");
        } finally {
            second.stop();
        }
    }

    /**
     * The Cypher recommender over the register's SMEs with collaborations (for a firm without any it has nothing to
     * rank from), then both recalls on the dev split.
     */
    private void cypherPeer(List<LoadRun.Result> ours) throws Exception {
        Component neo4j = Component.named("neo4j");
        try (CypherPeer peer = new CypherPeer(Demo.NEO4J)) {
            List<String> organisations = new ArrayList<>(peer.smesWithPartners(PEER_FIRMS));
            if (organisations.isEmpty()) {
                table.addFigure("Cypher two-hop recommender", "no SME with collaborations in the graph", "");
                return;
            }
            Collections.shuffle(organisations, new Random(7));
            for (int c = 0; c < CLIENTS.length; c++) {
                LoadRun.Result run = LoadRun.run(
                        "Cypher two-hop recommender (every request first)", CLIENTS[c], perRow, neo4j::cpuTime, n -> {
                            peer.suggest(organisations.get((int) (n % organisations.size())));
                            return true;
                        });
                table.add(run, null, "neo4j", "");
                table.addFigure(
                        "  ours (firms in turn) against it, throughput",
                        BenchTable.ratio(ours.get(c).perSecond() / run.perSecond()) + " x",
                        ">= 20 x");
            }
        }
        Map<String, MethodResult> recall = devSplitRecall();
        table.addFigure(
                "recall@10, dev split: ours",
                "%.4f".formatted(recall.get(EvaluateCommand.METHOD).recallAt10()),
                "");
        table.addFigure(
                "recall@10, dev split: two-hop common partners",
                "%.4f"
                        .formatted(recall.get(ClassicBaseline.COMMON_NEIGHBOURS.label())
                                .recallAt10()),
                "");
    }

    /**
     * Ours and the common-neighbours baseline (the two-hop count of the Cypher recommender, foreign and new partners
     * only, as the evaluation protocol scores every method) on the dev split: train up to 2021, test 2022-2023.
     */
    private static Map<String, MethodResult> devSplitRecall() throws Exception {
        Path out = Files.createTempFile("bench-recommendations", ".csv");
        try {
            EvaluateArguments split = EvaluateArguments.parse(new String[] {
                RealStack.repositoryRoot().resolve("data/cordis-he").toString(),
                "--train-until",
                "2021",
                "--test-from",
                "2022",
                "--test-until",
                "2023",
                "--out",
                out.toString(),
                "--seed",
                "7"
            });
            Map<String, MethodResult> byMethod = new LinkedHashMap<>();
            new EvaluateCommand(new PrintStream(OutputStream.nullOutputStream()))
                    .run(split)
                    .forEach(row -> byMethod.put(row.method(), row));
            return byMethod;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void freshness(List<String> firms) throws Exception {
        Freshness freshness = new Freshness(demo);
        Freshness.Delays collaborations = freshness.afterRecordedCollaborations(firms, freshnessSamples);
        table.addDelays(
                "freshness: collaboration recorded -> RecommendationsUpdated",
                collaborations.millis(),
                collaborations.failed(),
                "p95 <= 500 ms");
        Freshness.Delays updates = freshness.afterFirmUpdates(firms, freshnessSamples);
        table.addDelays(
                "freshness: firm updated -> RecommendationsUpdated",
                updates.millis(),
                updates.failed(),
                "p95 <= 500 ms");
    }

    private void imports() throws Exception {
        Imports imports = new Imports(RealStack.repositoryRoot().resolve("data/cordis-he"));
        Imports.FirstImports first = Imports.FirstImports.read(RealStack.stackDirectory());
        if (first != null) {
            table.addFigure("import data/cordis-he, partner-graph (first, by up)", first.partnerGraph(), "<= 30 s");
            table.addFigure("import data/cordis-he, firm-profiles (first, by up)", first.firmProfiles(), "<= 10 s");
        }
        table.addFigure(
                "import data/cordis-he again, partner-graph (all rows unchanged)", imports.partnerGraph(), "<= 30 s");
        table.addFigure(
                "import data/cordis-he again, firm-profiles (all rows unchanged)", imports.firmProfiles(), "<= 10 s");
    }

    /** Where the firms in turn go on from: kept between runs, so a second run's first requests are first again. */
    private static final class FirmCursor {
        private static final Path FILE = RealStack.stackDirectory().resolve("run/bench.cursor");
        private final int size;
        private final AtomicLong next;

        private FirmCursor(int size, long start) {
            this.size = size;
            this.next = new AtomicLong(start);
        }

        static FirmCursor resume(int size) throws Exception {
            long start =
                    Files.exists(FILE) ? Long.parseLong(Files.readString(FILE).strip()) : 0;
            return new FirmCursor(size, start);
        }

        int next() {
            return (int) (next.getAndIncrement() % size);
        }

        void save() throws Exception {
            Files.writeString(FILE, Long.toString(next.get() % size));
        }
    }
}
