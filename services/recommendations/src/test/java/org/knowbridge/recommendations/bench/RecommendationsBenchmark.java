package org.knowbridge.recommendations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;

/**
 * Measures the running platform (./knowbridge up, with the CORDIS demo data) and prints figures:
 * <ol>
 * <li>how long the recommendations service takes to load the whole graph from partner-graph (read, project, learn);</li>
 * <li>GET latency of recommendations under concurrent load, for platform firms imported from CORDIS;</li>
 * <li>freshness: from a CollaborationRecorded event on Kafka to the RecommendationsUpdated of the firm it
 *     concerns (and from the API call that recorded it).</li>
 * </ol>
 * It records real collaborations through partner-graph's API (between demo firms and their top suggestion).
 */
public final class RecommendationsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRMS = env("FIRM_PROFILES_URL", "http://127.0.0.1:8081");
    private static final String GRAPH = env("PARTNER_GRAPH_URL", "http://127.0.0.1:8082");
    private static final String RECS = env("RECOMMENDATIONS_URL", "http://127.0.0.1:8083");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String admin = DemoUsers.token(DemoUsers.ADMIN);

    public static void main(String[] args) throws Exception {
        int firms = Integer.parseInt(env("BENCH_FIRMS", "300"));
        int threads = Integer.parseInt(env("BENCH_THREADS", "8"));
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "20000"));
        int events = Integer.parseInt(env("BENCH_EVENTS", "30"));
        RecommendationsBenchmark bench = new RecommendationsBenchmark();
        bench.projectionLoad();
        List<String> sample = bench.linkedFirms(firms);
        bench.latency(sample, threads, requests, List.of(RECS));
        bench.freshness(sample, events);
    }

    private void projectionLoad() throws Exception {
        String before = get(RECS + "/api/v1/projection").path("lastLoadedAt").asText("");
        long start = System.nanoTime();
        send(
                HttpRequest.newBuilder(URI.create(RECS + "/api/v1/projection/reload"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                202);
        JsonNode status;
        do {
            Thread.sleep(200);
            status = get(RECS + "/api/v1/projection");
        } while (status.path("loading").asBoolean()
                || status.path("lastLoadedAt").asText("").equals(before));
        System.out.printf(
                "projection load: %d organisations; read export %d ms, project %d ms, learn ranker %d ms; wall %.1f s%n",
                status.path("organisations").asInt(),
                status.path("lastReadMillis").asLong(),
                status.path("lastProjectMillis").asLong(),
                status.path("lastLearnMillis").asLong(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Platform firms whose imported graph node has collaborations: the firms with something to rank from. */
    List<String> linkedFirms(int wanted) throws Exception {
        List<String> out = new ArrayList<>();
        String cursor = null;
        while (out.size() < wanted) {
            String url = FIRMS + "/api/v1/firms?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = get(url);
            for (JsonNode firm : page.path("items")) {
                String id = firm.path("id").asText();
                if (out.size() < wanted
                        && !get(RECS + "/api/v1/firms/" + id + "/recommendations?limit=1")
                                .path("coldStart")
                                .asBoolean(true)) {
                    out.add(id);
                }
            }
            cursor = page.path("nextCursor").asText(null);
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        System.out.printf("firms with collaborations sampled: %d%n", out.size());
        return out;
    }

    /**
     * GET recommendations from concurrent threads, the requests spread over the replicas' base URLs in turn;
     * returns the requests answered per second.
     */
    double latency(List<String> firms, int threads, int requests, List<String> replicas) throws Exception {
        Random random = new Random(7);
        String[] countries = {"DE", "FR", "IT", "ES", "NL", "BE", "FI", "SE", "AT", "PT"};
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String firm = firms.get(random.nextInt(firms.size()));
            String filter = switch (random.nextInt(4)) {
                case 0 -> "&country=" + countries[random.nextInt(countries.length)];
                case 1 -> "&kind=UNIVERSITY";
                default -> "";
            };
            urls.add(replicas.get(i % replicas.size()) + "/api/v1/firms/" + firm + "/recommendations?limit="
                    + (5 + random.nextInt(16)) + filter);
        }
        // Warm-up: every firm and filter once (the first request of a firm and filter ranks; later ones read the
        // cache).
        for (String url : new java.util.LinkedHashSet<>(urls)) {
            time(url, new ConcurrentLinkedQueue<>(), errors);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (String url : urls) {
            pool.submit(() -> time(url, nanos, errors));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "GET recommendations, %d replica(s), %d threads, %d requests over %d firms (a quarter with a country filter, "
                        + "a quarter by kind): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f requests/s; errors %d%n",
                replicas.size(),
                threads,
                sorted.size(),
                firms.size(),
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() / seconds,
                errors.get());
        return sorted.size() / seconds;
    }

    private void time(String url, ConcurrentLinkedQueue<Long> nanos, AtomicInteger errors) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + admin)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        nanos.add(System.nanoTime() - t);
    }

    private void freshness(List<String> firms, int events) throws Exception {
        List<Double> fromEvent = new ArrayList<>();
        List<Double> fromCall = new ArrayList<>();
        try (KafkaProbe collaborations = KafkaProbe.fromEnd(Topic.COLLABORATIONS);
                KafkaProbe recommendations = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            for (int i = 0; i < events && i < firms.size(); i++) {
                String firm = firms.get(i);
                JsonNode current = get(RECS + "/api/v1/firms/" + firm + "/recommendations?limit=1");
                String node = current.path("organisationKey").asText();
                String partner = current.path("recommendations")
                        .path(0)
                        .path("partnerId")
                        .asText();
                long called = System.currentTimeMillis();
                JsonNode recorded = send(
                        HttpRequest.newBuilder(URI.create(GRAPH + "/api/v1/collaborations"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                {"parties": [{"organisationKey": "%s", "partnerKind": "CUSTOMER"},
                                             {"organisationKey": "%s", "partnerKind": "RESEARCH_ORGANISATION"}],
                                 "channel": "CO_DEVELOPMENT", "startYear": 2025, "outcome": "UNKNOWN"}
                                """.formatted(node, partner))),
                        201);
                String key = recorded.path("key").asText();
                long eventAt = collaborations
                        .await(
                                "CollaborationRecorded " + key,
                                r -> r.value().contains("\"" + key + "\"")
                                        && r.value().contains("CollaborationRecorded"),
                                Duration.ofSeconds(30))
                        .timestamp();
                long publishedAt = recommendations
                        .await(
                                "RecommendationsUpdated of " + firm,
                                r -> firm.equals(r.key())
                                        && r.value().contains("RecommendationsUpdated")
                                        && r.value().contains("COLLABORATION_CHANGED"),
                                Duration.ofSeconds(30))
                        .timestamp();
                fromEvent.add((double) (publishedAt - eventAt));
                fromCall.add((double) (publishedAt - called));
            }
        }
        Collections.sort(fromEvent);
        Collections.sort(fromCall);
        System.out.printf(
                "freshness over %d recorded collaborations: CollaborationRecorded on Kafka -> RecommendationsUpdated p50 %.0f ms, "
                        + "p95 %.0f ms, max %.0f ms; from the API call that recorded it p50 %.0f ms, p95 %.0f ms%n",
                fromEvent.size(),
                pctMillis(fromEvent, 50),
                pctMillis(fromEvent, 95),
                fromEvent.get(fromEvent.size() - 1),
                pctMillis(fromCall, 50),
                pctMillis(fromCall, 95));
    }

    private JsonNode get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), 200);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static double pctMillis(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
