package org.knowbridge.partnergraph.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Claims naming another platform firm or a partner's organisation wait for that side: PENDING, seen by the two
 * sides only, in no query or export until confirmed, published only as the CollaborationClaimed that tells the
 * awaited side; a rejected or withdrawn one leaves an audit record. Every decision on a claim is published as a
 * CollaborationClaimDecided with its outcome, so both sides' readers hear of it.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class CollaborationClaimsTest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    @Inject
    Driver driver;

    private String partnerOrganisation;
    private String university;

    @BeforeEach
    void organisations() {
        MirroredFirms.demoFirms();
        partnerOrganisation = TestData.demoPartnerOrganisation();
        university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
    }

    @Test
    void aPartnersClaimOnAFirmWaitsUnseenUntilTheFirmsAgencyConfirmsIt() throws Exception {
        String firm = MirroredFirms.registered("Claimed Optics Oy", MirroredFirms.DEMO_AGENCY, null);
        try (KafkaProbe probe = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            String claim = record(DemoUsers.PARTNER, partnerOrganisation, "SUPPLIER", firm, "CUSTOMER")
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("awaiting", equalTo(firm))
                    .body("source", equalTo("SELF_REPORTED"))
                    .extract()
                    .path("key");

            // The two sides see it; a third party does not, not even through the firm's neighbourhood.
            read(DemoUsers.PARTNER, claim).statusCode(200).body("status", equalTo("PENDING"));
            read(DemoUsers.AGENCY, claim).statusCode(200);
            read(DemoUsers.OTHER_SME, claim).statusCode(404);
            assertThat(partnersOf(DemoUsers.ADMIN, firm), empty());
            connection(firm, partnerOrganisation).body("connected", equalTo(false));
            assertThat(awaitingKeys(DemoUsers.AGENCY), hasItem(claim));
            assertThat(awaitingKeys(DemoUsers.PARTNER), not(hasItem(claim)));
            assertThat(awaitingKeys(DemoUsers.OTHER_SME), not(hasItem(claim)));
            assertThat(exportedCollaborations(), not(hasItem(claim)));

            // The claimant cannot confirm its own claim, nor end it while it waits.
            decide(DemoUsers.PARTNER, claim, "confirm").statusCode(403).contentType("application/problem+json");
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.PARTNER))
                    .contentType(ContentType.JSON)
                    .body("{\"endYear\": 2025}")
                    .when()
                    .post("/api/v1/collaborations/" + claim + "/end")
                    .then()
                    .statusCode(409);

            // Published once, as a claim for the firm's side to confirm, never as a collaboration of the graph.
            JsonNode claimed = awaitClaimed(probe, claim);
            String marker = TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "LICENSING", 2020);
            probe.await("the marker's CollaborationRecorded", r -> r.key().equals(marker), EVENT_WAIT);
            assertThat(eventTypesOf(probe, claim), equalTo(List.of("CollaborationClaimed")));
            assertThat(EventSchemas.violations(claimed), empty());
            JsonNode data = claimed.path("data");
            assertThat(data.path("key").asText(), equalTo(claim));
            assertThat(data.path("awaitedKey").asText(), equalTo(firm));
            assertThat(data.path("awaitedFirmId").asText(), equalTo(firm));
            assertThat(data.path("claimantKey").asText(), equalTo(partnerOrganisation));
            assertThat(data.path("claimantFirmId").isNull(), equalTo(true));
            assertThat(data.path("channel").asText(), equalTo("LICENSING"));
            assertThat(data.path("startYear").asInt(), equalTo(2024));

            decide(DemoUsers.AGENCY, claim, "confirm")
                    .statusCode(200)
                    .body("status", equalTo("CONFIRMED"))
                    .body("awaiting", nullValue());
            var recorded = probe.await(
                    "CollaborationRecorded of the confirmed claim",
                    r -> r.key().equals(claim) && r.type().equals("CollaborationRecorded"),
                    EVENT_WAIT);
            assertThat(recorded.event().path("data").path("source").asText(), equalTo("SELF_REPORTED"));
            JsonNode decided = awaitDecided(probe, claim);
            assertThat(EventSchemas.violations(decided), empty());
            assertDecided(decided.path("data"), claim, "CONFIRMED", firm, firm, partnerOrganisation, null);

            assertThat(partnersOf(DemoUsers.ADMIN, firm), hasItem(partnerOrganisation));
            connection(firm, partnerOrganisation).body("connected", equalTo(true));
            assertThat(awaitingKeys(DemoUsers.AGENCY), not(hasItem(claim)));
            assertThat(exportedCollaborations(), hasItem(claim));
            // Decided once: no second decision, no withdrawing.
            decide(DemoUsers.AGENCY, claim, "confirm").statusCode(409).contentType("application/problem+json");
            decide(DemoUsers.PARTNER, claim, "withdraw").statusCode(409);
            assertThat(audit(claim).get("action").asString(), equalTo("CONFIRMED"));
            assertThat(
                    eventTypesOf(probe, claim),
                    equalTo(List.of("CollaborationClaimed", "CollaborationRecorded", "CollaborationClaimDecided")));
        }
    }

    @Test
    void anSmesClaimOnAnotherFirmIsRejectedByThatFirmAndLeavesOnlyAnAuditRecord() {
        try (KafkaProbe probe = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            String claim = record(
                            DemoUsers.SME, DemoUsers.SME_FIRM_ID, "CUSTOMER", DemoUsers.OTHER_SME_FIRM_ID, "SUPPLIER")
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("awaiting", equalTo(DemoUsers.OTHER_SME_FIRM_ID))
                    .extract()
                    .path("key");
            // The other firm's sme sees what awaits it; the demo agency did not onboard that firm but the claimant.
            assertThat(awaitingKeys(DemoUsers.OTHER_SME), hasItem(claim));
            assertThat(awaitingKeys(DemoUsers.SME), not(hasItem(claim)));
            decide(DemoUsers.SME, claim, "reject").statusCode(403);
            decide(DemoUsers.AGENCY, claim, "reject").statusCode(403);

            decide(DemoUsers.OTHER_SME, claim, "reject").statusCode(204);

            for (String user : List.of(DemoUsers.SME, DemoUsers.OTHER_SME, DemoUsers.ADMIN)) {
                read(user, claim).statusCode(404);
            }
            decide(DemoUsers.OTHER_SME, claim, "confirm").statusCode(404);
            Map<String, Value> audit = audit(claim);
            assertThat(audit.get("action").asString(), equalTo("REJECTED"));
            assertThat(audit.get("actor").asString(), equalTo(DemoUsers.OTHER_SME));
            assertThat(audit.get("actingFor").asString(), equalTo(DemoUsers.OTHER_SME_FIRM_ID));
            assertThat(audit.get("claimedBy").asString(), equalTo(DemoUsers.SME));
            assertThat(audit.get("claimant").asString(), equalTo(DemoUsers.SME_FIRM_ID));
            assertThat(audit.get("awaited").asString(), equalTo(DemoUsers.OTHER_SME_FIRM_ID));
            assertThat(audit.containsKey("name"), equalTo(false));

            // The claim told the other firm of itself; its rejection tells both sides it is decided, and nothing else.
            JsonNode claimed = awaitClaimed(probe, claim);
            JsonNode decided = awaitDecided(probe, claim);
            String marker = TestData.collaboration(
                    DemoUsers.SME_FIRM_ID, "CUSTOMER", university, "UNIVERSITY", "LICENSING", 2020);
            probe.await("the marker's CollaborationRecorded", r -> r.key().equals(marker), EVENT_WAIT);
            assertThat(
                    eventTypesOf(probe, claim), equalTo(List.of("CollaborationClaimed", "CollaborationClaimDecided")));
            assertThat(EventSchemas.violations(claimed), empty());
            assertThat(EventSchemas.violations(decided), empty());
            assertDecided(
                    decided.path("data"),
                    claim,
                    "REJECTED",
                    DemoUsers.OTHER_SME_FIRM_ID,
                    DemoUsers.OTHER_SME_FIRM_ID,
                    DemoUsers.SME_FIRM_ID,
                    DemoUsers.SME_FIRM_ID);
            assertThat(claimed.path("data").path("claimantFirmId").asText(), equalTo(DemoUsers.SME_FIRM_ID));
            assertThat(claimed.path("data").path("awaitedFirmId").asText(), equalTo(DemoUsers.OTHER_SME_FIRM_ID));
        }
    }

    @Test
    void anAgencysClaimOnAnotherAgencysFirmWaitsAndItsClaimantWithdrawsIt() {
        String own = MirroredFirms.registered("Own Claiming Oy", MirroredFirms.DEMO_AGENCY, null);
        String theirs = MirroredFirms.registered("Their Claimed Oy", MirroredFirms.OTHER_AGENCY, null);
        try (KafkaProbe probe = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            String claim = record(DemoUsers.AGENCY, own, "CUSTOMER", theirs, "SUPPLIER")
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("source", equalTo("AGENCY"))
                    .body("awaiting", equalTo(theirs))
                    .extract()
                    .path("key");
            decide(DemoUsers.AGENCY, claim, "confirm").statusCode(403);
            decide(DemoUsers.PARTNER, claim, "withdraw").statusCode(404);

            decide(DemoUsers.AGENCY, claim, "withdraw").statusCode(204);

            read(DemoUsers.AGENCY, claim).statusCode(404);
            decide(DemoUsers.AGENCY, claim, "withdraw").statusCode(404);
            assertThat(audit(claim).get("action").asString(), equalTo("WITHDRAWN"));
            assertThat(partnersOf(DemoUsers.ADMIN, theirs), empty());
            // The awaited side's notice of the claim must show it no longer waits.
            JsonNode decided = awaitDecided(probe, claim);
            assertThat(EventSchemas.violations(decided), empty());
            assertDecided(decided.path("data"), claim, "WITHDRAWN", theirs, theirs, own, own);
            assertThat(
                    eventTypesOf(probe, claim), equalTo(List.of("CollaborationClaimed", "CollaborationClaimDecided")));
        }
    }

    @Test
    void aPartnerConfirmsAClaimOnItsOrganisation() {
        String own = MirroredFirms.registered("Agency Claiming Oy", MirroredFirms.DEMO_AGENCY, null);
        String claim = record(DemoUsers.AGENCY, own, "CUSTOMER", partnerOrganisation, "SUPPLIER")
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("awaiting", equalTo(partnerOrganisation))
                .extract()
                .path("key");
        assertThat(awaitingKeys(DemoUsers.PARTNER), hasItem(claim));
        assertThat(awaitingKeys(DemoUsers.ADMIN), hasItem(claim));
        decide(DemoUsers.PARTNER, claim, "confirm").statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(partnersOf(DemoUsers.AGENCY, own), hasItem(partnerOrganisation));
    }

    @Test
    void claimsWithRegisterOrganisationsOrWithinOnesOwnRemitStandAtOnce() {
        record(DemoUsers.SME, DemoUsers.SME_FIRM_ID, "CUSTOMER", university, "UNIVERSITY")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        record(DemoUsers.PARTNER, partnerOrganisation, "SUPPLIER", university, "UNIVERSITY")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        // Both firms onboarded by the demo agency: it speaks for both sides.
        String own = MirroredFirms.registered("Second Own Oy", MirroredFirms.DEMO_AGENCY, null);
        record(DemoUsers.AGENCY, own, "CUSTOMER", DemoUsers.SME_FIRM_ID, "SUPPLIER")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("awaiting", nullValue());
        record(DemoUsers.ADMIN, DemoUsers.OTHER_SME_FIRM_ID, "CUSTOMER", partnerOrganisation, "SUPPLIER")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void theAwaitingListPagesWithACursorAndNeedsAwaitingMe() {
        String own = MirroredFirms.registered("Paged Claims Oy", MirroredFirms.DEMO_AGENCY, null);
        for (int i = 0; i < 3; i++) {
            record(DemoUsers.PARTNER, partnerOrganisation, "SUPPLIER", own, "CUSTOMER")
                    .statusCode(201);
        }
        List<String> all = awaitingKeys(DemoUsers.AGENCY);
        String first = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .queryParam("awaiting", "me")
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/collaborations")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        List<String> next = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                .queryParam("awaiting", "me")
                .queryParam("after", first)
                .queryParam("limit", 1000)
                .when()
                .get("/api/v1/collaborations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.key");
        assertThat(next, equalTo(all.subList(1, all.size())));
        for (String query : List.of("", "?awaiting=you")) {
            given().auth()
                    .oauth2(DemoUsers.token(DemoUsers.AGENCY))
                    .when()
                    .get("/api/v1/collaborations" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static JsonNode awaitDecided(KafkaProbe probe, String key) {
        return probe.await(
                        "CollaborationClaimDecided of " + key,
                        r -> r.key().equals(key) && r.type().equals("CollaborationClaimDecided"),
                        EVENT_WAIT)
                .event();
    }

    /** The decision's data: the claim, its outcome, and each side with the platform firm it is (or null). */
    private static void assertDecided(
            JsonNode data,
            String claim,
            String outcome,
            String awaitedKey,
            String awaitedFirmId,
            String claimantKey,
            String claimantFirmId) {
        assertThat(data.path("key").asText(), equalTo(claim));
        assertThat(data.path("outcome").asText(), equalTo(outcome));
        assertThat(data.path("awaitedKey").asText(), equalTo(awaitedKey));
        assertThat(data.path("awaitedFirmId").textValue(), equalTo(awaitedFirmId));
        assertThat(data.path("claimantKey").asText(), equalTo(claimantKey));
        assertThat(data.path("claimantFirmId").textValue(), equalTo(claimantFirmId));
        assertThat(data.path("channel").asText(), equalTo("LICENSING"));
        assertThat(data.path("startYear").asInt(), equalTo(2024));
        assertThat(data.path("decidedAt").isTextual(), equalTo(true));
    }

    private static JsonNode awaitClaimed(KafkaProbe probe, String key) {
        return probe.await(
                        "CollaborationClaimed of " + key,
                        r -> r.key().equals(key) && r.type().equals("CollaborationClaimed"),
                        EVENT_WAIT)
                .event();
    }

    /** The types of the distinct events (by id) published about the collaboration, in order. */
    private static List<String> eventTypesOf(KafkaProbe probe, String key) {
        return List.copyOf(probe.received().stream()
                .filter(r -> r.key().equals(key))
                .collect(Collectors.toMap(
                        r -> r.event().path("id").asText(),
                        KafkaProbe.Received::type,
                        (first, again) -> first,
                        LinkedHashMap::new))
                .values());
    }

    private static ValidatableResponse record(
            String user, String first, String firstKind, String second, String secondKind) {
        return given().auth()
                .oauth2(DemoUsers.token(user))
                .contentType(ContentType.JSON)
                .body(TestData.collaborationBody(first, firstKind, second, secondKind, "LICENSING", 2024, null))
                .when()
                .post("/api/v1/collaborations")
                .then();
    }

    private static ValidatableResponse read(String user, String key) {
        return given().auth()
                .oauth2(DemoUsers.token(user))
                .when()
                .get("/api/v1/collaborations/" + key)
                .then();
    }

    private static ValidatableResponse decide(String user, String key, String decision) {
        return given().auth()
                .oauth2(DemoUsers.token(user))
                .when()
                .post("/api/v1/collaborations/" + key + "/" + decision)
                .then();
    }

    private static List<String> awaitingKeys(String user) {
        return given().auth()
                .oauth2(DemoUsers.token(user))
                .queryParam("awaiting", "me")
                .queryParam("limit", 1000)
                .when()
                .get("/api/v1/collaborations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.key");
    }

    private static List<String> partnersOf(String user, String key) {
        return given().auth()
                .oauth2(DemoUsers.token(user))
                .when()
                .get("/api/v1/organisations/" + key + "/partners")
                .then()
                .statusCode(200)
                .extract()
                .path("items.partner.key");
    }

    private static ValidatableResponse connection(String from, String to) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + from + "/connection/" + to)
                .then()
                .statusCode(200);
    }

    /** The keys of the collaboration lines of the export, as recommendations loads it. */
    private static List<String> exportedCollaborations() {
        String export = given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/graph/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return Arrays.stream(export.split("\n"))
                .filter(line -> line.startsWith("{\"kind\":\"collaboration\""))
                .map(line -> line.replaceFirst("^\\{\"kind\":\"collaboration\",\"key\":\"([^\"]+)\".*$", "$1"))
                .toList();
    }

    /** The audit record of the decision on a claim, read from the graph (no API serves it). */
    private Map<String, Value> audit(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run("MATCH (a:AuditRecord {subjectKey: $key}) RETURN a", Map.of("key", key))
                            .single()
                            .get("a")
                            .asNode()
                            .asMap(v -> v));
        }
    }
}
