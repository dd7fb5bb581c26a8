package org.knowbridge.systemtests.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Api.Answer;

/**
 * A mixed load for a bounded time: the chaos run's write load in one thread, and readers that go round the read
 * endpoints of every service; each answer kept by endpoint, each service's resident memory taken before and after.
 */
record SoakRun(Duration duration, int readers) {

    /**
     * A service's memory at one moment, in MiB: resident, and the heap that outlived the last collection (-1 when
     * not known). A heap filling up to its limit grows the first; only a leak grows the second for good.
     */
    record Memory(long resident, long liveHeap) {}

    /**
     * The answers by endpoint, how long it ran, and each service's memory at start, half-way and at end: growth
     * that goes on in the second half is what does not level off.
     */
    record Result(
            Duration took,
            Map<String, List<Answer>> byEndpoint,
            Map<String, Memory> memoryAtStart,
            Map<String, Memory> memoryHalfWay,
            Map<String, Memory> memoryAtEnd) {

        long errors() {
            return byEndpoint.values().stream()
                    .flatMap(List::stream)
                    .filter(answer -> !answer.ok())
                    .count();
        }
    }

    Result run() {
        Map<String, Memory> memoryAtStart = memory();
        String run = "soak-" + UUID.randomUUID().toString().substring(0, 6);
        Cohort cohort = Cohort.create(run);
        WriteLoad load = new WriteLoad(run, cohort);
        Map<String, ConcurrentLinkedQueue<Answer>> reads = new ConcurrentHashMap<>();
        Map<String, Supplier<Answer>> endpoints = readEndpoints(cohort);
        Instant start = Instant.now();
        Instant end = start.plus(duration);
        List<Thread> threads = new ArrayList<>(List.of(new Thread(load, "soak-writes")));
        for (int reader = 0; reader < readers; reader++) {
            int offset = reader;
            threads.add(new Thread(() -> read(endpoints, reads, end, offset), "soak-reads-" + reader));
        }
        threads.forEach(Thread::start);
        Pause.of(duration.dividedBy(2));
        Map<String, Memory> memoryHalfWay = memory();
        Pause.of(duration.minus(duration.dividedBy(2)));
        load.stop();
        threads.forEach(Pause::untilEnded);
        Duration took = Duration.between(start, Instant.now());
        load.failure().ifPresent(failure -> {
            throw new IllegalStateException("The write load stopped on an error of its own", failure);
        });
        Map<String, List<Answer>> byEndpoint = new LinkedHashMap<>();
        reads.forEach((endpoint, answers) -> byEndpoint.put(endpoint, List.copyOf(answers)));
        writesByKind(load.writes()).forEach(byEndpoint::put);
        return new Result(took, byEndpoint, memoryAtStart, memoryHalfWay, memory());
    }

    /** The reads a user of each service makes, on what the platform holds and on the soak's own firm and hub. */
    private static Map<String, Supplier<Answer>> readEndpoints(Cohort cohort) {
        Map<String, Supplier<Answer>> endpoints = new LinkedHashMap<>();
        endpoints.put(
                "GET /api/v1/firms", () -> Api.get(DemoUsers.AGENCY, Service.FIRM_PROFILES, "/api/v1/firms?limit=20"));
        endpoints.put(
                "GET /api/v1/organisations?q=",
                () -> Api.get(DemoUsers.AGENCY, Service.PARTNER_GRAPH, "/api/v1/organisations?q=research&limit=10"));
        endpoints.put(
                "GET /api/v1/organisations/{key}/partners",
                () -> Api.get(
                        DemoUsers.ADMIN,
                        Service.PARTNER_GRAPH,
                        "/api/v1/organisations/" + cohort.hub() + "/partners?limit=50"));
        endpoints.put(
                "GET /api/v1/firms/{id}/recommendations",
                () -> Api.get(DemoUsers.AGENCY, Service.RECOMMENDATIONS, cohort.suggestionsPath()));
        endpoints.put(
                "GET /api/v1/introductions/sent",
                () -> Api.get(DemoUsers.AGENCY, Service.INTRODUCTIONS, "/api/v1/introductions/sent?limit=20"));
        endpoints.put(
                "GET /api/v1/notifications",
                () -> Api.get(DemoUsers.AGENCY, Service.INTRODUCTIONS, "/api/v1/notifications?limit=20"));
        return endpoints;
    }

    private static void read(
            Map<String, Supplier<Answer>> endpoints,
            Map<String, ConcurrentLinkedQueue<Answer>> reads,
            Instant end,
            int offset) {
        List<String> names = new ArrayList<>(endpoints.keySet());
        Collections.rotate(names, offset);
        while (Instant.now().isBefore(end)) {
            for (String name : names) {
                reads.computeIfAbsent(name, key -> new ConcurrentLinkedQueue<>())
                        .add(endpoints.get(name).get());
            }
        }
    }

    /** The write requests by kind: an import's answer stands for all its lines, so each answer is taken once. */
    private static Map<String, List<Answer>> writesByKind(List<Write> writes) {
        Map<String, List<Answer>> byKind = new LinkedHashMap<>();
        Set<Answer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Write write : writes) {
            if (seen.add(write.answer())) {
                byKind.computeIfAbsent(write.request(), key -> new ArrayList<>())
                        .add(write.answer());
            }
        }
        return byKind;
    }

    private static Map<String, Memory> memory() {
        Map<String, Memory> memory = new LinkedHashMap<>();
        Component.all().stream()
                .filter(component -> component.service() != null)
                .forEach(component -> memory.put(
                        component.name(),
                        new Memory(component.residentMebibytes(), liveHeapMebibytes(component.service()))));
        return memory;
    }

    private static final Pattern LIVE_HEAP = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? (\\S+)$");
    private static final HttpClient METRICS = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** The old generation's size after the last collection that shrank it, from the service's metrics; -1 if none. */
    private static long liveHeapMebibytes(Service service) {
        try {
            String metrics = METRICS.sendAsync(
                            HttpRequest.newBuilder(URI.create(service.url() + "/q/metrics"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .get(10, TimeUnit.SECONDS)
                    .body();
            Matcher live = LIVE_HEAP.matcher(metrics);
            return live.find() ? (long) (Double.parseDouble(live.group(1)) / (1 << 20)) : -1;
        } catch (ExecutionException | TimeoutException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
