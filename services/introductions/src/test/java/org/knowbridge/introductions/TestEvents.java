package org.knowbridge.introductions;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;

/**
 * Suggestion events as recommendations publishes them and claim events as partner-graph does (neither runs during
 * this module's tests), and a wait for what a caller's inbox shows.
 */
public final class TestEvents {

    private TestEvents() {}

    /** PartnersSuggested for the firm, with the given event id (a replay reuses one). */
    public static void partnersSuggested(String eventId, String firmId, List<String> partnerKeys) {
        String keys = partnerKeys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(","));
        String data = """
                {"firmId":"%s","partnerKeys":[%s],"suggestedAt":"%s"}""".formatted(firmId, keys, OffsetDateTime.now());
        KafkaProbe.write(Topic.RECOMMENDATIONS, firmId, envelope(eventId, "PartnersSuggested", firmId, data), null);
    }

    /** A PartnersSuggested event for the firm whose data no reader can map: its partners are no list. */
    public static void unreadablePartnersSuggested(String firmId) {
        String data = """
                {"firmId":"%s","partnerKeys":{"not":"a list"}}""".formatted(firmId);
        KafkaProbe.write(
                Topic.RECOMMENDATIONS,
                firmId,
                envelope(UUID.randomUUID().toString(), "PartnersSuggested", firmId, data),
                null);
    }

    /** A new PartnersSuggested event for the firm. */
    public static void partnersSuggested(String firmId, String... partnerKeys) {
        partnersSuggested(UUID.randomUUID().toString(), firmId, List.of(partnerKeys));
    }

    /** RecommendationsUpdated for the firm, top list of the given keys. */
    public static void recommendationsUpdated(String firmId, String... partnerKeys) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < partnerKeys.length; i++) {
            list.append(i == 0 ? "" : ",").append("""
                            {"rank":%d,"partnerKey":"%s","partnerName":"Partner %d","country":"DE","kind":"RESEARCH",
                             "score":0.5,"reasons":["Works on photonics"]}""".formatted(i + 1, partnerKeys[i], i));
        }
        String data = """
                {"firmId":"%s","organisationKey":"%s","cause":"GRAPH_CHANGED","graphVersion":7,"coldStart":false,
                 "generatedAt":"%s","recommendations":[%s]}""".formatted(firmId, firmId, OffsetDateTime.now(), list);
        KafkaProbe.write(
                Topic.RECOMMENDATIONS,
                firmId,
                envelope(UUID.randomUUID().toString(), "RecommendationsUpdated", firmId, data),
                null);
    }

    /**
     * CollaborationClaimed of the claim {@code key} awaiting {@code awaitedKey} (the node of {@code awaitedFirmId},
     * null for a partner's organisation) by {@code claimantKey} (likewise of {@code claimantFirmId}), with the given
     * event id (a replay reuses one); keyed by the claim.
     */
    public static void collaborationClaimed(
            String eventId,
            String key,
            String awaitedKey,
            String awaitedFirmId,
            String claimantKey,
            String claimantFirmId) {
        KafkaProbe.write(
                Topic.COLLABORATIONS,
                key,
                collaborationClaimedEvent(eventId, key, awaitedKey, awaitedFirmId, claimantKey, claimantFirmId),
                null);
    }

    /** The CloudEvent {@link #collaborationClaimed} publishes, checked against its schema. */
    public static String collaborationClaimedEvent(
            String eventId,
            String key,
            String awaitedKey,
            String awaitedFirmId,
            String claimantKey,
            String claimantFirmId) {
        String data = """
                {"key":"%s","awaitedKey":"%s","awaitedFirmId":%s,"claimantKey":"%s","claimantName":"Claimant %s",
                 "claimantFirmId":%s,"channel":"LICENSING","startYear":2024,"claimedAt":"%s"}""".formatted(
                        key,
                        awaitedKey,
                        json(awaitedFirmId),
                        claimantKey,
                        claimantKey,
                        json(claimantFirmId),
                        OffsetDateTime.now());
        return conforming(envelope("partner-graph", eventId, "CollaborationClaimed", key, data));
    }

    /**
     * CollaborationClaimDecided of the claim {@code key} with the given outcome (CONFIRMED, REJECTED, WITHDRAWN), its
     * sides as in {@link #collaborationClaimed}, with the given event id (a replay reuses one); keyed by the claim.
     */
    public static void collaborationClaimDecided(
            String eventId,
            String key,
            String outcome,
            String awaitedKey,
            String awaitedFirmId,
            String claimantKey,
            String claimantFirmId) {
        KafkaProbe.write(
                Topic.COLLABORATIONS,
                key,
                collaborationClaimDecidedEvent(
                        eventId, key, outcome, awaitedKey, awaitedFirmId, claimantKey, claimantFirmId),
                null);
    }

    /** The CloudEvent {@link #collaborationClaimDecided} publishes, checked against its schema. */
    public static String collaborationClaimDecidedEvent(
            String eventId,
            String key,
            String outcome,
            String awaitedKey,
            String awaitedFirmId,
            String claimantKey,
            String claimantFirmId) {
        String data = """
                {"key":"%s","awaitedKey":"%s","awaitedFirmId":%s,"claimantKey":"%s","claimantFirmId":%s,
                 "channel":"LICENSING","startYear":2024,"outcome":"%s","decidedAt":"%s"}""".formatted(
                key, awaitedKey, json(awaitedFirmId), claimantKey, json(claimantFirmId), outcome, OffsetDateTime.now());
        return conforming(envelope("partner-graph", eventId, "CollaborationClaimDecided", key, data));
    }

    /** The event, once checked against its schema: what partner-graph publishes in its place. */
    private static String conforming(String event) {
        try {
            var violations = EventSchemas.violations(new ObjectMapper().readTree(event));
            if (!violations.isEmpty()) {
                throw new AssertionError("A test event breaks its schema: " + violations + " in " + event);
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new AssertionError("A test event is no JSON: " + event, e);
        }
    }

    /** A JSON string, or null. */
    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static String envelope(String id, String type, String subject, String data) {
        return envelope("recommendations", id, type, subject, data);
    }

    private static String envelope(String service, String id, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/knowbridge/%s","type":"org.knowbridge.%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"/api-specs/events/%s.schema.json","data":%s}""".formatted(id, service, type, subject, OffsetDateTime.now(), type, data);
    }

    /** The caller's notifications (newest first, up to 200), once one matches; fails after 60 s. */
    public static List<Map<String, Object>> awaitNotifications(String token, Predicate<Map<String, Object>> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<Map<String, Object>> items = notifications(token);
            if (items.stream().anyMatch(wanted)) {
                return items;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No such notification within 60 s; the inbox holds " + items);
            }
            sleep(200);
        }
    }

    /** The caller's notification of the kind about the subject, once there; fails after 60 s. */
    public static Map<String, Object> awaitNotification(String token, String kind, String subject) {
        return awaitNotifications(token, about(kind, subject)).stream()
                .filter(about(kind, subject))
                .findFirst()
                .orElseThrow();
    }

    /** Waits until the caller's inbox holds exactly this many notifications. */
    public static void awaitSize(String token, int size) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (notifications(token).size() != size) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The inbox did not hold " + size + " within 60 s: " + notifications(token));
            }
            sleep(200);
        }
    }

    public static List<Map<String, Object>> notifications(String token) {
        JsonPath page = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return page.getList("items");
    }

    /** Whether a notification is of the kind and about the subject. */
    public static Predicate<Map<String, Object>> about(String kind, String subject) {
        return n -> kind.equals(n.get("kind")) && subject.equals(n.get("subject"));
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
