package org.knowbridge.recommendations.consumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * An erased firm leaves every other firm's suggestions, reasons and paths within 5 s of partner-graph's
 * OrganisationErased, the firm's node being the register node a verified link made it.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ErasureTest {

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @Test
    void anErasedFirmVanishesFromAnotherFirmsSuggestionsAndReasonsWithinFiveSeconds() {
        TestEvents.eventually(() -> projection.ranker().isPresent(), Duration.ofSeconds(60), "the graph loaded");
        // A graph of its own, so that the fixture graph other tests rank on stays as it is: a seeker firm on its own
        // node, a hub it worked with, and a foreign register node that worked with the hub and a university; a listed
        // firm is linked to that register node. All German but that node, so nothing else here is suggested to the
        // German firms of other tests.
        String seeker = UUID.randomUUID().toString();
        String hub = "test:" + UUID.randomUUID();
        String node = "test:" + UUID.randomUUID();
        String university = "test:" + UUID.randomUUID();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(seeker, "DE", List.of(), List.of(), DemoUsers.AGENCY_ORG_ID, null));
        TestEvents.publishGraphEvent(
                EventType.OrganisationUpserted.name(), seeker, TestEvents.organisation(seeker, "DE"));
        TestEvents.publishGraphEvent(EventType.OrganisationUpserted.name(), hub, TestEvents.organisation(hub, "DE"));
        TestEvents.publishGraphEvent(EventType.OrganisationUpserted.name(), node, TestEvents.organisation(node, "FR"));
        TestEvents.publishGraphEvent(
                EventType.OrganisationUpserted.name(), university, TestEvents.organisation(university, "DE"));
        collaboration(seeker, hub);
        collaboration(node, hub);
        collaboration(node, university);
        String firmId = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(), TestEvents.firm(firmId, "FR", List.of(), List.of(), null, node));
        TestEvents.eventually(
                () -> firms.find(firmId).isPresent() && firms.find(seeker).isPresent(),
                Duration.ofSeconds(60),
                "the firms");
        TestEvents.link(projection, firmId, node);
        TestEvents.eventually(
                () -> named(suggestions(seeker), node),
                Duration.ofSeconds(30),
                "the node among the seeker's suggestions");

        // Erased: firm-profiles says so, then partner-graph erases the firm's one node.
        Instant erased = Instant.now();
        TestEvents.publishFirm(
                EventType.FirmErased.name(),
                JsonNodeFactory.instance.objectNode().put("firmId", firmId));
        TestEvents.publishGraphEvent(
                EventType.OrganisationErased.name(),
                node,
                JsonNodeFactory.instance
                        .objectNode()
                        .put("key", node)
                        .put("firmId", firmId)
                        .putNull("mergedInto"));
        TestEvents.eventually(() -> !named(suggestions(seeker), node), Duration.ofSeconds(5), "the erased firm gone");
        assertTrue(Duration.between(erased, Instant.now()).toMillis() <= 5_000);
        TestEvents.eventually(
                () -> projection.ranker().orElseThrow().graph().indexOf(node).isEmpty(),
                Duration.ofSeconds(5),
                "the node gone from the graph");
        assertFalse(named(suggestions(seeker), node));
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + seeker + "/recommendations/" + node)
                .then()
                .statusCode(404);
    }

    private static void collaboration(String first, String second) {
        String key = "test:" + UUID.randomUUID();
        TestEvents.publishGraphEvent(
                EventType.CollaborationRecorded.name(),
                key,
                TestEvents.collaboration(key, first, "CUSTOMER", second, "SUPPLIER", "CO_DEVELOPMENT", 2024));
    }

    private static JsonPath suggestions(String firmId) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get("/api/v1/firms/" + firmId + "/recommendations?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Whether the node is suggested or named anywhere in the suggestions' reasons (paths and shared partners). */
    private static boolean named(JsonPath suggestions, String node) {
        return suggestions.getList("recommendations.partnerId").contains(node)
                || suggestions
                        .getList("recommendations.reasons.flatten().entities.flatten().id")
                        .contains(node);
    }
}
