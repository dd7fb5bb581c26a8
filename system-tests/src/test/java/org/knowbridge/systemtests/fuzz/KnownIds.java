package org.knowbridge.systemtests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * Ids of real objects for path parameters, by parameter name, read from the running platform: a fuzzed
 * request reaches past "not found" only with them. Read once, before the run.
 */
final class KnownIds {

    /**
     * Where ids are read: a list of service {@code from} as a user sees it, the field holding them, and the path
     * parameters of service {@code fills} they fill.
     */
    private record Source(Service fills, Service from, Role role, String path, String field, List<String> parameters) {
        Source(Service service, Role role, String path, String field, List<String> parameters) {
            this(service, service, role, path, field, parameters);
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Service.FIRM_PROFILES, Role.SME, "/api/v1/firms?limit=2", "id", List.of("id")),
            new Source(Service.FIRM_PROFILES, Role.AGENCY, "/api/v1/firms?limit=2", "id", List.of("id")),
            new Source(Service.FIRM_PROFILES, Role.ADMIN, "/api/v1/firms/imports?limit=2", "id", List.of("jobId")),
            new Source(
                    Service.PARTNER_GRAPH,
                    Role.ADMIN,
                    "/api/v1/organisations?limit=3",
                    "key",
                    List.of("key", "a", "b")),
            new Source(Service.PARTNER_GRAPH, Role.ADMIN, "/api/v1/links?limit=2", "firmId", List.of("firmId")),
            new Source(Service.PARTNER_GRAPH, Role.ADMIN, "/api/v1/knowledge-areas", "id", List.of("id")),
            new Source(Service.PARTNER_GRAPH, Role.ADMIN, "/api/v1/imports?limit=2", "id", List.of("id")),
            // recommendations lists neither firms nor organisations: its ids are those of the other two.
            new Source(
                    Service.RECOMMENDATIONS,
                    Service.FIRM_PROFILES,
                    Role.SME,
                    "/api/v1/firms?limit=2",
                    "id",
                    List.of("firmId")),
            new Source(
                    Service.RECOMMENDATIONS,
                    Service.PARTNER_GRAPH,
                    Role.ADMIN,
                    "/api/v1/organisations?limit=3",
                    "key",
                    List.of("partnerKey", "partnerId")),
            new Source(Service.INTRODUCTIONS, Role.ADMIN, "/api/v1/introductions/sent?limit=3", "id", List.of("id")),
            new Source(Service.INTRODUCTIONS, Role.SME, "/api/v1/introductions/received?limit=3", "id", List.of("id")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Service, Map<String, List<String>>> ids;

    private KnownIds(Map<Service, Map<String, List<String>>> ids) {
        this.ids = ids;
    }

    static KnownIds read() {
        Map<Service, Map<String, Set<String>>> found = new TreeMap<>();
        for (Source source : SOURCES) {
            for (String id : read(source)) {
                for (String parameter : source.parameters()) {
                    found.computeIfAbsent(source.fills(), s -> new TreeMap<>())
                            .computeIfAbsent(parameter, p -> new LinkedHashSet<>())
                            .add(id);
                }
            }
        }
        Map<Service, Map<String, List<String>>> ids = new TreeMap<>();
        found.forEach((service, byName) -> byName.forEach((name, values) ->
                ids.computeIfAbsent(service, s -> new TreeMap<>()).put(name, List.copyOf(values))));
        return new KnownIds(ids);
    }

    private static List<String> read(Source source) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(source.from().url() + source.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        request.header("Authorization", "Bearer " + source.role().token());
        try {
            HttpResponse<String> response = FuzzRun.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : JSON.readTree(response.body()).findValues(source.field())) {
                if (value.isValueNode()) {
                    values.add(value.asText());
                }
            }
            return values.stream().limit(3).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Real ids for a path parameter of a service (none when nothing was found). */
    List<String> of(Service service, String parameter) {
        return ids.getOrDefault(service, Map.of()).getOrDefault(parameter, List.of());
    }

    @Override
    public String toString() {
        return ids.toString();
    }
}
