package org.knowbridge.systemtests.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * Checksums of the objects the fuzzer's writes aim at: every read of the contracts whose path is that of a
 * write or its parent (a firm, an organisation, a collaboration, an introduction, ...), filled with the real
 * ids the writes use, as the admin reads it. Taken before and after a run: a write that was refused and yet
 * changed its object shows as a difference. (Whole collections are not summed: other runs on a shared stack
 * add to them meanwhile; a fuzzed write that creates is caught by its 2xx instead.)
 */
final class DataFingerprint {

    private final Map<String, String> checksums;

    private DataFingerprint(Map<String, String> checksums) {
        this.checksums = checksums;
    }

    static DataFingerprint take(KnownIds knownIds) {
        Map<String, String> checksums = new TreeMap<>();
        for (Service service : Service.apis()) {
            List<ContractOperation> operations = Contracts.operations(service);
            for (ContractOperation read : operations) {
                if (read.writes() || !read.path().contains("{") || !aimedAt(read, operations)) {
                    continue;
                }
                for (String url : urls(read, knownIds)) {
                    checksums.put(url, checksum(url));
                }
            }
        }
        return new DataFingerprint(checksums);
    }

    private static boolean aimedAt(ContractOperation read, List<ContractOperation> operations) {
        return operations.stream()
                .filter(ContractOperation::writes)
                .anyMatch(write ->
                        write.path().equals(read.path()) || write.path().startsWith(read.path() + "/"));
    }

    /** The read's URL for each real id of its first path parameter (the others filled with their first). */
    private static List<String> urls(ContractOperation read, KnownIds knownIds) {
        var parameters = read.parameters("path");
        List<String> first = knownIds.of(read.service(), parameters.get(0).getName());
        List<String> urls = new ArrayList<>();
        for (String id : first) {
            String path = read.path().replace("{" + parameters.get(0).getName() + "}", UrlValues.encode(id));
            for (var other : parameters.subList(1, parameters.size())) {
                List<String> ids = knownIds.of(read.service(), other.getName());
                if (ids.isEmpty()) {
                    path = null;
                    break;
                }
                path = path.replace("{" + other.getName() + "}", UrlValues.encode(ids.get(0)));
            }
            if (path != null) {
                urls.add(read.service().url() + path);
            }
        }
        return urls;
    }

    private static String checksum(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + Role.ADMIN.token())
                .build();
        try {
            HttpResponse<byte[]> response = FuzzRun.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(response.body());
            return response.statusCode() + " " + HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each object read differently now, as a failure. */
    List<Failure> changesSince(DataFingerprint after) {
        List<Failure> changes = new ArrayList<>();
        checksums.forEach((url, checksum) -> {
            String now = after.checksums.get(url);
            if (!checksum.equals(now)) {
                FuzzRequest read = new FuzzRequest(
                        serviceOf(url),
                        "GET " + url,
                        Role.ADMIN,
                        "GET",
                        url.substring(serviceOf(url).url().length()),
                        Map.of(),
                        null,
                        false,
                        "read before and after the run");
                changes.add(new Failure(read, 0, "changed during the run: " + checksum + " -> " + now, ""));
            }
        });
        return changes;
    }

    private static Service serviceOf(String url) {
        for (Service service : Service.values()) {
            if (url.startsWith(service.url())) {
                return service;
            }
        }
        throw new IllegalArgumentException(url);
    }

    int size() {
        return checksums.size();
    }
}
