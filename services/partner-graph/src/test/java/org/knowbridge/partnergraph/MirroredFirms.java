package org.knowbridge.partnergraph;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;

/**
 * Firm events as firm-profiles writes them to {@code knowbridge.firms.v1}, and waits until the service has
 * mirrored them: how tests put platform firms, with their agency and register id, into the graph.
 */
public final class MirroredFirms {

    /** The demo agency's org_id (see deploy/keycloak). */
    public static final String DEMO_AGENCY = "org-agency-demo";

    /** An agency no demo account belongs to. */
    public static final String OTHER_AGENCY = "org-agency-elsewhere";

    private static boolean demoFirmsMirrored;

    private MirroredFirms() {}

    /**
     * The demo sme accounts' firms as platform firms: the first onboarded by the demo agency, the second by
     * another agency. Published once per test run, as firm-profiles would.
     */
    public static synchronized void demoFirms() {
        if (demoFirmsMirrored) {
            return;
        }
        mirror(DemoUsers.SME_FIRM_ID, "Demo SME Oy", DEMO_AGENCY);
        mirror(DemoUsers.OTHER_SME_FIRM_ID, "Second Demo SME Oy", OTHER_AGENCY);
        demoFirmsMirrored = true;
    }

    /** Publishes the firm under a given id and waits until the graph holds it as published. */
    public static void mirror(String firmId, String legalName, String onboardedBy) {
        publish(
                firmId,
                List.of(firmEvent(EventType.FirmRegistered.name(), firmId, legalName, "FI", onboardedBy, null)));
        awaitApplied(firmId);
    }

    /** The events in order, keyed by firm id, each acknowledged by Kafka. */
    public static void publish(String firmId, List<String> events) {
        publish(firmId, events, null);
    }

    /** The same, as firm-profiles sends the events of a traced request: with its trace in a traceparent header. */
    public static void publish(String firmId, List<String> events, String traceparent) {
        events.forEach(event -> KafkaProbe.write(Topic.FIRMS, firmId, event, traceparent));
    }

    /** A new firm, onboarded by {@code onboardedBy} (or null), registered and mirrored; its id. */
    public static String registered(String legalName, String onboardedBy, String externalId) {
        String firmId = UUID.randomUUID().toString();
        publish(
                firmId,
                List.of(firmEvent(EventType.FirmRegistered.name(), firmId, legalName, "FI", onboardedBy, externalId)));
        awaitOrganisation(firmId, status -> status == 200);
        return firmId;
    }

    /** A new firm claiming to be the existing node {@code externalId}, the claim verified by an admin; its id. */
    public static String linked(String legalName, String onboardedBy, String externalId) {
        String firmId = registered(legalName, onboardedBy, externalId);
        verifyLink(firmId, DemoUsers.ADMIN);
        return firmId;
    }

    /** The firm's link claim verified by {@code user}: the firm is its claimed node from now on. */
    public static void verifyLink(String firmId, String user) {
        given().auth()
                .oauth2(DemoUsers.token(user))
                .when()
                .post("/api/v1/links/" + firmId + "/verify")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("VERIFIED"));
    }

    /**
     * Waits until the events published so far under the record key {@code firmId} have been applied: a new
     * marker firm is published under the same record key (so into the same partition, after them) and waited for.
     */
    public static void awaitApplied(String firmId) {
        String marker = UUID.randomUUID().toString();
        publish(firmId, List.of(firmEvent(EventType.FirmRegistered.name(), marker, "Marker Oy", "FI", null, null)));
        awaitOrganisation(marker, status -> status == 200);
    }

    /** An event of FirmRegistered, FirmUpdated or FirmPublished as its schema describes it: a published, listed firm. */
    public static String firmEvent(
            String type, String firmId, String legalName, String country, String onboardedBy, String externalId) {
        return firmEvent(type, firmId, legalName, country, "C26", "PUBLISHED", true, onboardedBy, externalId);
    }

    /** The same, in the given status, sector and consent ({@code listed}: published and shown to partners). */
    public static String firmEvent(
            String type,
            String firmId,
            String legalName,
            String country,
            String sector,
            String status,
            boolean listed,
            String onboardedBy,
            String externalId) {
        return firmEvent(type, firmId, legalName, country, sector, "SMALL", status, listed, onboardedBy, externalId);
    }

    /** The same, of the given size class (MICRO, SMALL, MEDIUM, LARGE, or null when not known). */
    public static String firmEvent(
            String type,
            String firmId,
            String legalName,
            String country,
            String sector,
            String sizeClass,
            String status,
            boolean listed,
            String onboardedBy,
            String externalId) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/knowbridge/firm-profiles", "type": "org.knowbridge.%s",
                 "subject": "%s", "time": "2026-01-01T00:00:00Z", "datacontenttype": "application/json",
                 "dataschema": "/api-specs/events/%s.schema.json",
                 "data": {"firmId": "%s", "legalName": "%s", "country": "%s", "sector": "%s", "sizeClass": %s,
                          "status": "%s", "knowledgeAreasOffered": [], "knowledgeAreasSought": [],
                          "targetCountries": [], "preferredPartnerKinds": [], "preferredChannels": [], "listed": %s, "onboardedBy": %s, "externalId": %s}}
                """.formatted(
                        UUID.randomUUID(),
                        type,
                        firmId,
                        type,
                        firmId,
                        legalName,
                        country,
                        sector,
                        quoted(sizeClass),
                        status,
                        listed,
                        quoted(onboardedBy),
                        quoted(externalId));
    }

    public static String erased(String firmId) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/knowbridge/firm-profiles", "type": "org.knowbridge.FirmErased",
                 "subject": "%s", "time": "2026-01-01T00:00:00Z", "datacontenttype": "application/json",
                 "dataschema": "/api-specs/events/FirmErased.schema.json", "data": {"firmId": "%s"}}
                """.formatted(UUID.randomUUID(), firmId, firmId);
    }

    /** Polls the organisation until the condition on its status holds, or fails after a generous deadline. */
    public static void awaitOrganisation(String key, Predicate<Integer> condition) {
        // Generous: a new consumer group first replays everything the topic holds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (!condition.test(status(key))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("organisation " + key + " never reached the expected state");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for organisation " + key, e);
            }
        }
    }

    public static int status(String key) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .extract()
                .statusCode();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
