package org.knowbridge.systemtests.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;

/** The running demo platform as the benchmark calls it: plain HTTP with the demo users' tokens. */
final class Demo {

    static final String FIRM_PROFILES = Service.FIRM_PROFILES.url();
    static final String PARTNER_GRAPH = Service.PARTNER_GRAPH.url();
    static final String RECOMMENDATIONS = Service.RECOMMENDATIONS.url();
    static final String NEO4J = System.getProperty("knowbridge.neo4j.uri", "bolt://127.0.0.1:7687");
    static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: each client of a load row then holds its own connection, as separate users (and the portal's
    // pooled client) do. Over one shared HTTP/2 connection every answer waited on that connection's lock in the
    // service: a profile of a bench run showed 1,478 such waits, 35 s in all, and the service short of one core.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static String recommendationsOf(String firmId) {
        return RECOMMENDATIONS + "/api/v1/firms/" + firmId + "/recommendations?limit=10";
    }

    String adminToken() {
        return DemoUsers.token(DemoUsers.ADMIN);
    }

    HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends as the admin and reads the JSON answer; anything but {@code expected} is an error. */
    JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        return json(exchange(request), expected);
    }

    /** Sends as the admin; the answer as it came. */
    HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.header("Authorization", "Bearer " + adminToken()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's JSON; anything but {@code expected} is an error. */
    static JsonNode json(HttpResponse<String> response, int expected) throws IOException {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), 200);
    }

    JsonNode getRecommendations(String firmId) throws IOException, InterruptedException {
        return getJson(recommendationsOf(firmId));
    }

    /** Every firm of firm-profiles, as the admin lists them. */
    List<String> platformFirms() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = getJson(FIRM_PROFILES + "/api/v1/firms?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.path("items").forEach(firm -> ids.add(firm.path("id").asText()));
            cursor = page.path("nextCursor").asText(null);
        } while (cursor != null && !cursor.isEmpty());
        if (ids.isEmpty()) {
            throw new IllegalStateException("firm-profiles holds no firm: start the demo with ./knowbridge up");
        }
        return ids;
    }

    /** The first firm whose suggestions come from its collaborations (not its profile alone). */
    String firmWithSuggestions(List<String> firms) throws IOException, InterruptedException {
        for (String firm : firms) {
            JsonNode answer = getRecommendations(firm);
            if (!answer.path("coldStart").asBoolean(true)
                    && !answer.path("recommendations").isEmpty()) {
                return firm;
            }
        }
        throw new IllegalStateException("no firm has suggestions from collaborations: is the demo data loaded?");
    }
}
