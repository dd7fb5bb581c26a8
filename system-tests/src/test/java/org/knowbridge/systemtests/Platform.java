package org.knowbridge.systemtests;

import static org.knowbridge.systemtests.Calls.as;
import static org.knowbridge.systemtests.Calls.eventually;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;

/** The steps the system tests are made of, each through the public APIs as the user named would take it. */
public final class Platform {

    /** The demo partner user's own organisation (its token's org_id). */
    static final String PARTNER_ORGANISATION = "org-partner-demo";

    /** The consent a firm gives to be listed to partners and contacted: published firms are found through it. */
    public static final String LISTED_AND_CONTACTABLE = "{\"listedToPartners\": true, \"contactAllowed\": true}";

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private Platform() {}

    /** A name no earlier run used, so that runs against a long-lived stack never collide. */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The demo agency onboards a firm, lists it to partners, submits and publishes it; returns its id. */
    public static String agencyPublishesFirm(String profileJson) {
        String id = as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .body(profileJson)
                .post("/api/v1/firms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .body(LISTED_AND_CONTACTABLE)
                .put("/api/v1/firms/" + id + "/consent")
                .then()
                .statusCode(200);
        as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .post("/api/v1/firms/" + id + "/submit")
                .then()
                .statusCode(200);
        as(DemoUsers.AGENCY, Service.FIRM_PROFILES)
                .post("/api/v1/firms/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    /** Waits until partner-graph has mirrored the firm (from firm-profiles' events) as an organisation. */
    public static void awaitInGraph(String firmId) {
        eventually(
                "firm " + firmId + " mirrored in partner-graph",
                EVENT_TIMEOUT,
                () -> as(DemoUsers.AGENCY, Service.PARTNER_GRAPH)
                                .get("/api/v1/organisations/" + firmId)
                                .statusCode()
                        == 200);
    }

    /** The demo SME's own firm is registered (by its user, as {@code ./knowbridge up} does) and mirrored in the graph. */
    static void demoSmeFirmRegistered() {
        int status = as(DemoUsers.SME, Service.FIRM_PROFILES)
                .body("{\"legalName\": \"Nordic Sensors Oy\", \"country\": \"FI\"}")
                .post("/api/v1/firms")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering the demo SME's firm answered " + status);
        }
        eventually(
                "the demo SME's firm mirrored in partner-graph",
                EVENT_TIMEOUT,
                () -> as(DemoUsers.SME, Service.PARTNER_GRAPH)
                                .get("/api/v1/organisations/" + DemoUsers.SME_FIRM_ID)
                                .statusCode()
                        == 200);
    }

    /** An organisation under a fixed key, registered by an admin when missing, so runs on one stack share it. */
    static void organisationExists(String key, String name, String country, String type) {
        if (as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                        .get("/api/v1/organisations/" + key)
                        .statusCode()
                == 404) {
            register(key, name, country, type);
        }
    }

    /** How {@code user} sees the chain between two organisations (partner-graph's connection). */
    static JsonPath connection(String user, String from, String to) {
        return as(user, Service.PARTNER_GRAPH)
                .get("/api/v1/organisations/" + from + "/connection/" + to)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** An admin registers an organisation under a fresh key; returns the key. */
    public static String organisation(String keyPrefix, String name, String country, String type) {
        String key = keyPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        register(key, name, country, type);
        return key;
    }

    /** The body that registers an organisation (not an SME) under a key of the caller's choice. */
    public static String organisationJson(String name, String country, String type) {
        return "{\"name\": \"%s\", \"country\": \"%s\", \"type\": \"%s\", \"sme\": false}"
                .formatted(name, country, type);
    }

    private static void register(String key, String name, String country, String type) {
        as(DemoUsers.ADMIN, Service.PARTNER_GRAPH)
                .body(organisationJson(name, country, type))
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201);
    }

    /** The demo partner's own organisation exists (created by the partner itself when missing). */
    static void partnerOrganisationExists() {
        if (as(DemoUsers.PARTNER, Service.PARTNER_GRAPH)
                        .get("/api/v1/organisations/" + PARTNER_ORGANISATION)
                        .statusCode()
                == 404) {
            as(DemoUsers.PARTNER, Service.PARTNER_GRAPH)
                    .body(
                            "{\"name\": \"Demo Partner GmbH\", \"country\": \"DE\", \"type\": \"COMPANY\", \"sme\": false}")
                    .put("/api/v1/organisations/" + PARTNER_ORGANISATION)
                    .then()
                    .statusCode(201);
        }
    }

    /** The demo partner receives introductions as its organisation, with its desk as the contact. */
    static void partnerReceivesIntroductions() {
        as(DemoUsers.PARTNER, Service.INTRODUCTIONS)
                .body("""
                        {"contactName": "Demo Partner desk", "contactEmail": "desk@partner.example",
                         "country": "DE", "type": "COMPANY"}""")
                .put("/api/v1/partners/me")
                .then()
                .statusCode(200);
    }

    /** {@code user} records a collaboration between two organisations (each with the kind it is to the other); returns its key. */
    public static String collaboration(
            String user, String first, String firstKind, String second, String secondKind, String channel) {
        return as(user, Service.PARTNER_GRAPH)
                .body(collaborationJson(first, firstKind, second, secondKind, channel))
                .post("/api/v1/collaborations")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    /** The body that records a collaboration between two organisations, each with the kind it is to the other. */
    public static String collaborationJson(
            String first, String firstKind, String second, String secondKind, String channel) {
        return """
                {"parties": [{"organisationKey": "%s", "partnerKind": "%s"}, {"organisationKey": "%s", "partnerKind": "%s"}],
                 "channel": "%s", "startYear": 2025}
                """.formatted(first, firstKind, second, secondKind, channel);
    }

    /** {@code user}, the side a PENDING claim waits for, confirms it. */
    static void confirm(String user, String collaborationKey) {
        as(user, Service.PARTNER_GRAPH)
                .post("/api/v1/collaborations/" + collaborationKey + "/confirm")
                .then()
                .statusCode(200);
    }

    /** The firm's suggestions (up to 50) as the holder of {@code token} reads them, with filters such as {@code country}. */
    static JsonPath recommendations(String token, String firmId, Map<String, String> filters) {
        return Calls.withToken(token, Service.RECOMMENDATIONS)
                .queryParam("limit", 50)
                .queryParams(filters)
                .get("/api/v1/firms/" + firmId + "/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static List<String> suggestedPartners(String token, String firmId, Map<String, String> filters) {
        return recommendations(token, firmId, filters).getList("recommendations.partnerId", String.class);
    }
}
