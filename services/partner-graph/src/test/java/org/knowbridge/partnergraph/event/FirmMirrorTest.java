package org.knowbridge.partnergraph.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.knowbridge.partnergraph.FirmTopicWriter.awaitOrganisation;
import static org.knowbridge.partnergraph.FirmTopicWriter.erased;
import static org.knowbridge.partnergraph.FirmTopicWriter.firmEvent;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.partnergraph.FirmTopicWriter;
import org.knowbridge.partnergraph.TestData;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Firms published by firm-profiles on knowbridge.firms.v1 appear, change and disappear as organisations. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmMirrorTest {

    @Inject
    Driver driver;

    private FirmTopicWriter topic;

    @BeforeEach
    void connect() {
        topic = new FirmTopicWriter();
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void aRegisteredFirmIsMirroredAndFollowsItsUpdates() {
        String firmId = UUID.randomUUID().toString();
        List<String> history = List.of(firmEvent(EventType.FirmRegistered.name(), firmId, "Kone Labs Oy", "FI", "org-agency-a", null),
                firmEvent(EventType.FirmUpdated.name(), firmId, "Kone Labs Finland Oy", "FI", "org-agency-b", null));
        topic.publish(firmId, history);
        awaitOrganisation(firmId, status -> status == 200 && "Kone Labs Finland Oy".equals(name(firmId)));

        // Replaying the history changes nothing: the last state wins again.
        topic.publish(firmId, history);
        topic.awaitApplied(firmId);
        given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).when().get("/api/v1/organisations/" + firmId)
                .then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Kone Labs Finland Oy"))
                .body("type", org.hamcrest.Matchers.equalTo("FIRM"))
                .body("sector", org.hamcrest.Matchers.equalTo("C26"))
                .body("sme", org.hamcrest.Matchers.equalTo(true));
        assertEquals("org-agency-b", property(firmId, "onboardedBy"));
    }

    @Test
    void aFirmWithTheRegisterIdOfAnImportedNodeIsLinkedToItWhicheverComesFirst() {
        // The imported node exists before the firm's event names it.
        String before = TestData.organisation("test:" + UUID.randomUUID(), "Imported Before Oy", "FI", "FIRM", true, null);
        String firstFirm = topic.registered("Imported Before Oy", FirmTopicWriter.DEMO_AGENCY, before);
        assertEquals(firstFirm, property(before, "firmId"));
        assertEquals(firstFirm, property(firstFirm, "firmId"), "the mirror names its own firm too");

        // The firm's event comes first; a dataset import creates the node later.
        String source = TestData.newSource();
        String laterFirm = topic.registered("Imported Later Oy", FirmTopicWriter.DEMO_AGENCY, source + ":7001");
        String job = TestData.startImport(source, "organisations", "id,name,country,type,sme,city,nuts\n7001,Imported Later Oy,FI,FIRM,true,,\n");
        assertEquals("SUCCEEDED", TestData.awaitImport(job).getString("state"));
        assertEquals(laterFirm, property(source + ":7001", "firmId"));

        // Replaying the firm's history keeps exactly one link; erasing the firm removes it and keeps the register's node.
        topic.publish(firstFirm, List.of(firmEvent(EventType.FirmRegistered.name(), firstFirm, "Imported Before Oy", "FI", FirmTopicWriter.DEMO_AGENCY, before)));
        topic.awaitApplied(firstFirm);
        assertEquals(1L, count("MATCH (o:Organisation {firmId: $firm}) WHERE o.key <> $firm RETURN count(o) AS n", firstFirm));
        topic.publish(firstFirm, List.of(erased(firstFirm)));
        awaitOrganisation(firstFirm, status -> status == 404);
        assertEquals(200, FirmTopicWriter.status(before));
        assertEquals(null, property(before, "firmId"));
    }

    @Test
    void anErasedFirmDisappearsWithItsCollaborationsAndStaysGone() {
        String firmId = UUID.randomUUID().toString();
        String registered = firmEvent(EventType.FirmRegistered.name(), firmId, "Erase Me Oy", "FI", null, null);
        topic.publish(firmId, List.of(registered));
        awaitOrganisation(firmId, status -> status == 200);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String collaboration = TestData.collaboration(firmId, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);

        topic.publish(firmId, List.of(erased(firmId)));
        awaitOrganisation(firmId, status -> status == 404);
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN)).when().get("/api/v1/collaborations/" + collaboration)
                .then().statusCode(404);

        // A replay of its registration does not bring it back.
        topic.publish(firmId, List.of(registered));
        topic.awaitApplied(firmId);
        assertEquals(404, FirmTopicWriter.status(firmId));
    }

    private static String name(String key) {
        return given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).when().get("/api/v1/organisations/" + key)
                .then().extract().path("name");
    }

    /** A property the API does not show, read from the graph. */
    private String property(String key, String name) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (o:Organisation {key: $key}) RETURN o[$name] AS value",
                    Map.of("key", key, "name", name)).single().get("value").asString(null));
        }
    }

    private long count(String cypher, String firm) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, Map.of("firm", firm)).single().get("n").asLong());
        }
    }
}
