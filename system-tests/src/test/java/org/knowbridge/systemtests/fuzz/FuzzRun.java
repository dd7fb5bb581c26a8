package org.knowbridge.systemtests.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * A seeded run of the fuzzer: {@code requests} generated requests per service, the four services fuzzed side by
 * side (each one request at a time), every answer checked.
 */
final class FuzzRun {

    /** One client for the whole run (HTTP/1.1: the services' protocol; no upgrade attempts). */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final int requests;
    private final long seed;

    FuzzRun(int requests, long seed) {
        this.requests = requests;
        this.seed = seed;
    }

    /** The counts and failures of one run. */
    record Result(Map<Service, Map<String, Integer>> countsByStatusClass, List<Failure> failures, Duration took) {}

    Result run() throws Exception {
        long start = System.nanoTime();
        KnownIds knownIds = KnownIds.read();
        RequestGenerator generator = new RequestGenerator(knownIds);
        DataFingerprint before = DataFingerprint.take(knownIds);
        Map<Service, Map<String, Integer>> counts = new EnumMap<>(Service.class);
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(Service.apis().size())) {
            List<Future<Map<String, Integer>>> runs = new ArrayList<>();
            for (Service service : Service.apis()) {
                runs.add(pool.submit(() -> fuzz(service, generator, failures)));
            }
            for (int i = 0; i < runs.size(); i++) {
                counts.put(Service.apis().get(i), runs.get(i).get());
            }
        }
        failures.addAll(before.changesSince(DataFingerprint.take(knownIds)));
        return new Result(counts, List.copyOf(failures), Duration.ofNanos(System.nanoTime() - start));
    }

    private Map<String, Integer> fuzz(Service service, RequestGenerator generator, List<Failure> failures) {
        List<ContractOperation> operations = Contracts.operations(service);
        // One stream per service, so a service's requests do not depend on how the others interleave.
        Random random = new Random(seed * 31 + service.ordinal());
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            FuzzRequest request = generator.next(operations.get(random.nextInt(operations.size())), random);
            String statusClass = send(request, failures);
            counts.merge(statusClass, 1, Integer::sum);
        }
        return counts;
    }

    /** Sends the request and checks the answer; returns its status class (2xx, ...) or "no answer". */
    private static String send(FuzzRequest request, List<Failure> failures) {
        HttpRequest.Builder http;
        try {
            http = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            // java.net.URI refuses some hostile targets outright: such a request cannot be sent by this client.
            return "not sent";
        }
        http.method(
                request.method(),
                request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(http::header);
        String token = request.role().token();
        if (token != null) {
            http.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = http.build();
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                String contentType =
                        response.headers().firstValue("Content-Type").orElse("(none)");
                ResponseCheck.fault(request, response.statusCode(), contentType, took)
                        .ifPresent(fault -> failures.add(
                                new Failure(request, response.statusCode(), fault, excerpt(response.body()))));
                return response.statusCode() / 100 + "xx";
            } catch (IOException e) {
                // Once more on a new connection: a kept-alive one the server closed after its last answer
                // fails the next request before the server sees it.
                if (attempt == 2) {
                    failures.add(new Failure(request, 0, "no answer: " + e, ""));
                    return "no answer";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
