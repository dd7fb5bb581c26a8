package org.knowbridge.systemtests.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowbridge.client.firmprofiles.model.FirmProfileInput;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.KafkaProbe;

/**
 * How long a change takes to reach the suggestions it changes: from the API call that makes it to the affected
 * firm's {@code RecommendationsUpdated} on Kafka (its record's timestamp), one change at a time on a quiet demo.
 */
final class Freshness {

    /** Delays in milliseconds, sorted, and how many changes got no update in time. */
    record Delays(List<Long> millis, long failed) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * The profile fields a firm's replacement takes (its view has more: status, consent, version...), as the
     * checked-in firm-profiles contract names them (the client generated from it).
     */
    private static final Set<String> PROFILE_FIELDS =
            Set.of(FirmProfileInput.class.getAnnotation(JsonPropertyOrder.class).value());

    private final Demo demo;

    Freshness(Demo demo) {
        this.demo = demo;
    }

    /** One change to a firm through an API: returns when the call was made (epoch ms), or -1 to skip the firm. */
    @FunctionalInterface
    private interface Change {
        long make(String firm) throws Exception;
    }

    /** Each of {@code samples} firms records a collaboration with its first suggestion through partner-graph. */
    Delays afterRecordedCollaborations(List<String> firms, int samples) throws Exception {
        return timed(firms, samples, "COLLABORATION_CHANGED", firm -> {
            JsonNode current = demo.getRecommendations(firm);
            String node = current.path("organisationKey").asText("");
            String partner =
                    current.path("recommendations").path(0).path("partnerId").asText("");
            if (node.isEmpty() || partner.isEmpty()) {
                return -1;
            }
            long called = System.currentTimeMillis();
            demo.send(
                    HttpRequest.newBuilder(URI.create(Demo.PARTNER_GRAPH + "/api/v1/collaborations"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"parties": [{"organisationKey": "%s", "partnerKind": "CUSTOMER"},
                                                 {"organisationKey": "%s", "partnerKind": "RESEARCH_ORGANISATION"}],
                                     "channel": "CO_DEVELOPMENT", "startYear": 2025, "outcome": "UNKNOWN"}
                                    """.formatted(node, partner))),
                    201);
            return called;
        });
    }

    /** Each of {@code samples} firms gets one more (or one less) target country, through firm-profiles. */
    Delays afterFirmUpdates(List<String> firms, int samples) throws Exception {
        List<String> last = firms.subList(firms.size() - Math.min(samples, firms.size()), firms.size());
        return timed(last, samples, "FIRM_CHANGED", firm -> {
            HttpResponse<String> read =
                    demo.exchange(HttpRequest.newBuilder(URI.create(Demo.FIRM_PROFILES + "/api/v1/firms/" + firm))
                            .GET());
            ObjectNode profile = profileOf(Demo.json(read, 200));
            long called = System.currentTimeMillis();
            demo.send(
                    HttpRequest.newBuilder(URI.create(Demo.FIRM_PROFILES + "/api/v1/firms/" + firm))
                            .header("Content-Type", "application/json")
                            .header(
                                    "If-Match",
                                    read.headers().firstValue("ETag").orElseThrow())
                            .PUT(HttpRequest.BodyPublishers.ofString(profile.toString())),
                    200);
            return called;
        });
    }

    /** Makes the change for firms in turn, one at a time, until {@code samples} were timed or missed. */
    private static Delays timed(List<String> firms, int samples, String cause, Change change) throws Exception {
        List<Long> delays = new ArrayList<>();
        long failed = 0;
        try (KafkaProbe updates = KafkaProbe.fromEnd(Topic.RECOMMENDATIONS)) {
            for (String firm : firms) {
                if (delays.size() + failed >= samples) {
                    break;
                }
                long called = change.make(firm);
                if (called < 0) {
                    continue;
                }
                Long delay = awaitUpdate(updates, firm, cause, called);
                if (delay == null) {
                    failed++;
                } else {
                    delays.add(delay);
                }
            }
        }
        delays.sort(null);
        return new Delays(delays, failed);
    }

    /** The firm's profile as its replacement takes it, with Norway added to its target countries or removed. */
    private static ObjectNode profileOf(JsonNode view) {
        ObjectNode profile = Demo.JSON.createObjectNode();
        view.properties().forEach(field -> {
            if (PROFILE_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                profile.set(field.getKey(), field.getValue());
            }
        });
        ArrayNode targets = Demo.JSON.createArrayNode();
        boolean hadNorway = false;
        for (JsonNode country : view.path("targetCountries")) {
            if (country.asText().equals("NO")) {
                hadNorway = true;
            } else {
                targets.add(country);
            }
        }
        if (!hadNorway) {
            targets.add("NO");
        }
        profile.set("targetCountries", targets);
        return profile;
    }

    /** Milliseconds from {@code calledAt} to the firm's update for that cause; null when none came in time. */
    private static Long awaitUpdate(KafkaProbe updates, String firm, String cause, long calledAt) {
        try {
            long publishedAt = updates.await(
                            "RecommendationsUpdated of " + firm + " (" + cause + ")",
                            r -> firm.equals(r.key())
                                    && r.value().contains("RecommendationsUpdated")
                                    && r.value().contains(cause),
                            TIMEOUT)
                    .timestamp();
            return publishedAt - calledAt;
        } catch (AssertionError | RuntimeException e) {
            System.err.println("no update in time: " + e.getMessage());
            return null;
        }
    }
}
