package org.knowbridge.partnergraph.consumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.knowbridge.partnergraph.MirroredFirms.awaitOrganisation;
import static org.knowbridge.partnergraph.MirroredFirms.erased;
import static org.knowbridge.partnergraph.MirroredFirms.firmEvent;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Firms published by firm-profiles on knowbridge.firms.v1 appear, change and disappear as organisations. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmMirrorTest {

    @Inject
    Driver driver;

    @Test
    void aRegisteredFirmIsMirroredAndFollowsItsUpdates() {
        String firmId = UUID.randomUUID().toString();
        List<String> history = List.of(
                firmEvent("FirmRegistered", firmId, "Kone Labs Oy", "FI", "org-agency-a", null),
                firmEvent("FirmUpdated", firmId, "Kone Labs Finland Oy", "FI", "org-agency-b", null));
        MirroredFirms.publish(firmId, history);
        awaitOrganisation(firmId, status -> status == 200 && "Kone Labs Finland Oy".equals(name(firmId)));

        // Replaying the history changes nothing: the last state wins again.
        MirroredFirms.publish(firmId, history);
        MirroredFirms.awaitApplied(firmId);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + firmId)
                .then()
                .statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Kone Labs Finland Oy"))
                .body("type", org.hamcrest.Matchers.equalTo("COMPANY"))
                .body("sector", org.hamcrest.Matchers.equalTo("C26"))
                .body("sme", org.hamcrest.Matchers.equalTo(true));
        assertEquals("org-agency-b", property(firmId, "onboardedBy"));
    }

    @Test
    void aFirmNamingAnImportedNodeClaimsItAndIsThatOneNodeOnceVerified() {
        // The imported node exists before the firm's event names it: a claim, nothing more.
        String before =
                TestData.organisation("test:" + UUID.randomUUID(), "Imported Before Oy", "FI", "COMPANY", true, null);
        String firstFirm = MirroredFirms.registered("Imported Before Finland Oy", MirroredFirms.DEMO_AGENCY, before);
        assertEquals(null, property(before, "firmId"), "an unverified claim does not make the node the firm");
        assertEquals(firstFirm, property(firstFirm, "firmId"), "the firm acts for its own node only");
        assertEquals("PENDING", claimStatus(firstFirm));

        try (KafkaProbe probe = KafkaProbe.fromEnd(Topic.COLLABORATIONS)) {
            MirroredFirms.verifyLink(firstFirm, DemoUsers.ADMIN);
            // One node: the register's, written with the firm's data; the firm's own node is gone, and said so.
            assertEquals(0L, count("MATCH (o:Organisation {key: $firm}) RETURN count(o) AS n", firstFirm));
            assertEquals(firstFirm, property(before, "firmId"));
            assertEquals("Imported Before Finland Oy", property(before, "name"));
            JsonNode merged = probe.awaitEvent(
                    "OrganisationErased of the merged node",
                    e -> e.path("type").asText().equals("org.knowbridge.OrganisationErased")
                            && e.path("subject").asText().equals(firstFirm),
                    Duration.ofSeconds(30));
            assertEquals(before, merged.path("data").path("mergedInto").asText());
        }
        // Asked by its firm id, the graph answers with the one node.
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + firstFirm)
                .then()
                .statusCode(200)
                .body("key", org.hamcrest.Matchers.equalTo(before))
                .body("name", org.hamcrest.Matchers.equalTo("Imported Before Finland Oy"));

        // Later events (a replay too) keep it linked: still one node, no second under the firm id.
        MirroredFirms.publish(
                firstFirm,
                List.of(firmEvent(
                        "FirmUpdated", firstFirm, "Imported Before Oyj", "FI", MirroredFirms.DEMO_AGENCY, before)));
        MirroredFirms.awaitApplied(firstFirm);
        assertEquals(1L, count("MATCH (o:Organisation {firmId: $firm}) RETURN count(o) AS n", firstFirm));
        assertEquals("Imported Before Oyj", property(before, "name"));

        // The firm's event comes first; a dataset import creates the node later; the claim waits for it.
        String source = TestData.newSource();
        String laterFirm = MirroredFirms.registered("Imported Later Oy", MirroredFirms.DEMO_AGENCY, source + ":7001");
        String job = TestData.startImport(
                source, "organisations", "id,name,country,type,sme,city,nuts\n7001,Imported Later Oy,FI,FIRM,true,,\n");
        assertEquals("SUCCEEDED", TestData.awaitImport(job).getString("state"));
        assertEquals(null, property(source + ":7001", "firmId"));
        MirroredFirms.verifyLink(laterFirm, DemoUsers.ADMIN);
        assertEquals(laterFirm, property(source + ":7001", "firmId"));

        // Erasing a linked firm erases its one node, and its key stays erased.
        MirroredFirms.publish(firstFirm, List.of(erased(firstFirm)));
        awaitOrganisation(firstFirm, status -> status == 404);
        assertEquals(404, MirroredFirms.status(before));
        assertEquals(0L, count("MATCH (o:Organisation {firmId: $firm}) RETURN count(o) AS n", firstFirm));
    }

    @Test
    void aRejectedClaimLeavesTheFirmItsOwnNode() {
        String node = TestData.organisation("test:" + UUID.randomUUID(), "Claimed Oy", "FI", "COMPANY", true, null);
        String firmId = MirroredFirms.registered("Claiming Oy", MirroredFirms.OTHER_AGENCY, node);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .post("/api/v1/links/" + firmId + "/reject")
                .then()
                .statusCode(204);
        assertEquals("REJECTED", claimStatus(firmId));
        // A later event with the same register id does not claim it again; a decided claim is not decided twice.
        MirroredFirms.publish(
                firmId,
                List.of(firmEvent("FirmUpdated", firmId, "Claiming Oy", "FI", MirroredFirms.OTHER_AGENCY, node)));
        MirroredFirms.awaitApplied(firmId);
        assertEquals("REJECTED", claimStatus(firmId));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .post("/api/v1/links/" + firmId + "/verify")
                .then()
                .statusCode(409);
        assertEquals(null, property(node, "firmId"));
        assertEquals(firmId, property(firmId, "firmId"));
        MirroredFirms.publish(firmId, List.of(erased(firmId)));
        awaitOrganisation(firmId, status -> status == 404);
        assertEquals(200, MirroredFirms.status(node), "an erased claimant leaves the claimed node alone");
    }

    private String claimStatus(String firmId) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            "OPTIONAL MATCH (c:LinkClaim {firmId: $firm}) RETURN c.status AS status",
                            Map.of("firm", firmId))
                    .single()
                    .get("status")
                    .asString(null));
        }
    }

    @Test
    void anErasedFirmDisappearsWithItsCollaborationsAndStaysGone() {
        String firmId = UUID.randomUUID().toString();
        String registered = firmEvent("FirmRegistered", firmId, "Erase Me Oy", "FI", null, null);
        MirroredFirms.publish(firmId, List.of(registered));
        awaitOrganisation(firmId, status -> status == 200);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String collaboration =
                TestData.collaboration(firmId, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);

        MirroredFirms.publish(firmId, List.of(erased(firmId)));
        awaitOrganisation(firmId, status -> status == 404);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/collaborations/" + collaboration)
                .then()
                .statusCode(404);

        // A replay of its registration does not bring it back.
        MirroredFirms.publish(firmId, List.of(registered));
        MirroredFirms.awaitApplied(firmId);
        assertEquals(404, MirroredFirms.status(firmId));
    }

    private static String name(String key) {
        // As admin: the firms here are onboarded by agencies other than the demo agency, which may not see them.
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/organisations/" + key)
                .then()
                .extract()
                .path("name");
    }

    /** A property the API does not show, read from the graph. */
    private String property(String key, String name) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (o:Organisation {key: $key}) RETURN o[$name] AS value",
                            Map.of("key", key, "name", name))
                    .single()
                    .get("value")
                    .asString(null));
        }
    }

    private long count(String cypher, String firm) {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, Map.of("firm", firm)).single().get("n").asLong());
        }
    }
}
