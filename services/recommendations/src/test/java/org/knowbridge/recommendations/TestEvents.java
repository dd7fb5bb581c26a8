package org.knowbridge.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.recommendations.service.Projection;

/**
 * Publishes the events other services would publish (firm-profiles' firm events, partner-graph's graph
 * events) to the real Kafka, each checked against its schema first.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {}

    /** The graph node of the demo SME's firm. */
    public static final String DEMO_FIRM_NODE = "fixture:alpha-sensors";

    /**
     * Registers the demo SME's firm exactly as RecommendationResourceTest does, for tests that need it known
     * whichever runs first.
     */
    public static void registerDemoFirm() {
        publishFirm(
                "FirmRegistered",
                firm(
                        DemoUsers.SME_FIRM_ID,
                        "DE",
                        List.of(
                                "/engineering and technology/electrical engineering, electronic engineering, information engineering/electronic engineering/sensors/optical sensors"),
                        List.of(),
                        null,
                        DEMO_FIRM_NODE));
    }

    /** A firm as firm-profiles announces it after registration. */
    public static ObjectNode firm(
            String firmId,
            String country,
            List<String> sought,
            List<String> targets,
            String onboardedBy,
            String externalId) {
        return firm(firmId, country, sought, targets, List.of(), onboardedBy, externalId);
    }

    public static ObjectNode firm(
            String firmId,
            String country,
            List<String> sought,
            List<String> targets,
            List<String> preferredKinds,
            String onboardedBy,
            String externalId) {
        ObjectNode data = JSON.createObjectNode()
                .put("firmId", firmId)
                .put("legalName", "Test firm " + firmId)
                .put("country", country)
                .put("sector", "C26.1")
                .put("sizeClass", "SMALL")
                .put("status", "PUBLISHED");
        data.putArray("knowledgeAreasOffered");
        sought.forEach(data.putArray("knowledgeAreasSought")::add);
        targets.forEach(data.putArray("targetCountries")::add);
        preferredKinds.forEach(data.putArray("preferredPartnerKinds")::add);
        data.putArray("preferredChannels");
        data.put("listed", true).put("onboardedBy", onboardedBy).put("externalId", externalId);
        return data;
    }

    public static void publishFirm(String type, ObjectNode data) {
        publish(Topic.FIRMS, "firm-profiles", type, data.path("firmId").asText(), data, null);
    }

    public static ObjectNode collaboration(
            String key,
            String firstKey,
            String firstKind,
            String secondKey,
            String secondKind,
            String channel,
            int startYear) {
        ObjectNode data = JSON.createObjectNode()
                .put("key", key)
                .put("channel", channel)
                .put("startYear", startYear)
                .putNull("endYear")
                .put("outcome", "UNKNOWN")
                .put("source", "AGENCY");
        data.putArray("parties")
                .add(JSON.createObjectNode().put("organisationKey", firstKey).put("partnerKind", firstKind))
                .add(JSON.createObjectNode().put("organisationKey", secondKey).put("partnerKind", secondKind));
        return data;
    }

    /** An organisation as partner-graph announces it when created. */
    public static ObjectNode organisation(String key, String country) {
        return JSON.createObjectNode()
                .put("key", key)
                .put("name", "Test organisation " + key)
                .put("country", country)
                .put("type", "COMPANY")
                .put("sme", true)
                .putNull("sector")
                .put("source", "SELF_REPORTED");
    }

    public static void publishGraphEvent(String type, String subject, ObjectNode data) {
        publish(Topic.COLLABORATIONS, "partner-graph", type, subject, data, null);
    }

    /** A graph event as partner-graph's relay sends it for a traced change: with the trace in a traceparent header. */
    public static void publishGraphEvent(String type, String subject, ObjectNode data, String traceparent) {
        publish(Topic.COLLABORATIONS, "partner-graph", type, subject, data, traceparent);
    }

    /**
     * A graph event as an older partner-graph sent it (companies as FIRM): today's schema refuses it, yet it stays
     * in the topic and must still be read.
     */
    public static void publishLegacyGraphEvent(String type, String subject, ObjectNode data) {
        KafkaProbe.write(
                Topic.COLLABORATIONS,
                subject,
                envelope("partner-graph", type, subject, data).toString(),
                null);
    }

    private static void publish(
            Topic topic, String service, String type, String subject, JsonNode data, String traceparent) {
        ObjectNode event = envelope(service, type, subject, data);
        assertEquals(Set.of(), EventSchemas.violations(event), "the test's own " + type + " event follows its schema");
        KafkaProbe.write(topic, subject, event.toString(), traceparent);
    }

    private static ObjectNode envelope(String service, String type, String subject, JsonNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/knowbridge/" + service)
                .put("type", "org.knowbridge." + type)
                .put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", "/api-specs/events/" + type + ".schema.json");
        event.set("data", data);
        return event;
    }

    /**
     * Makes {@code node} the firm's one node, as partner-graph announces a verified link (the firm's own node merged
     * into the register's), and waits until the projection has it.
     */
    public static void link(Projection projection, String firmId, String node) {
        publishGraphEvent(
                "OrganisationErased",
                firmId,
                JSON.createObjectNode().put("key", firmId).put("firmId", firmId).put("mergedInto", node));
        eventually(
                () -> projection.linkedNode(firmId).filter(node::equals).isPresent(),
                Duration.ofSeconds(60),
                "the firm linked to " + node);
    }

    /** Records the partner as suggested to the firm, as an instance of this service does when it shows it. */
    public static void publishSuggested(String firmId, String partnerKey) {
        ObjectNode data = JSON.createObjectNode()
                .put("firmId", firmId)
                .put("suggestedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.putArray("partnerKeys").add(partnerKey);
        publish(Topic.RECOMMENDATIONS, "recommendations", "PartnersSuggested", firmId, data, null);
    }

    /**
     * An introduction event as the introductions service's relay sends it: the introduction's state after the
     * transition, keyed by its id; IntroductionErased when {@code state} is null.
     */
    public static void publishIntroduction(String introductionId, String firmId, String organisationKey, String state) {
        JsonNode data;
        String type;
        if (state == null) {
            type = "IntroductionErased";
            data = JSON.createObjectNode()
                    .put("introductionId", introductionId)
                    .put("firmId", firmId)
                    .put("organisationKey", organisationKey);
        } else {
            type = switch (state) {
                case "REQUESTED" -> "IntroductionRequested";
                case "ACCEPTED" -> "IntroductionAccepted";
                case "DECLINED" -> "IntroductionDeclined";
                case "WITHDRAWN" -> "IntroductionWithdrawn";
                case "EXPIRED" -> "IntroductionExpired";
                case "MEETING_HELD" -> "IntroductionMeetingHeld";
                default -> "IntroductionAgreementSigned";
            };
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            data = JSON.createObjectNode()
                    .put("introductionId", introductionId)
                    .put("firmId", firmId)
                    .put("organisationKey", organisationKey)
                    .put("route", "ORGANISATION")
                    .putNull("brokerAgency")
                    .put("state", state)
                    .put("channel", "CO_DEVELOPMENT")
                    .put("fromSuggestion", true)
                    .put("declineReason", state.equals("DECLINED") ? "TOO_EARLY" : null)
                    .put("agreementChannel", state.equals("AGREEMENT_SIGNED") ? "CO_DEVELOPMENT" : null)
                    .put("requestedAt", now.minusDays(1).toString())
                    .put("changedAt", now.toString());
        }
        publish(Topic.INTRODUCTIONS, "introductions", type, introductionId, data, null);
    }

    /** Waits until the condition holds, failing the test with the message otherwise. */
    public static void eventually(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
        assertTrue(condition.getAsBoolean());
    }
}
