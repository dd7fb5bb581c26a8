package org.knowbridge.recommendations.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.recommendations.TestEvents;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.repository.FirmDirectory;
import org.knowbridge.recommendations.service.Projection;

/**
 * A firm that is not published and listed is seen by no other firm, as in firm-profiles: it is neither
 * suggested nor named in the reasons of another firm's suggestions.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class HiddenFirmsTest {

    private static final String ALPHA = "fixture:alpha-sensors";

    @Inject
    FirmDirectory firms;

    @Inject
    Projection projection;

    @Test
    void aFirmNotPublishedAndListedIsNeitherSuggestedNorNamedToAnotherFirm() {
        String seeker = UUID.randomUUID().toString();
        TestEvents.publishFirm(
                EventType.FirmRegistered.name(),
                TestEvents.firm(seeker, "DE", List.of(RecommendationResourceTest.SENSORS), List.of(), null, ALPHA));
        TestEvents.eventually(
                () -> firms.find(seeker).isPresent() && projection.ranker().isPresent(),
                Duration.ofSeconds(60),
                "firm and graph");
        TestEvents.link(projection, seeker, ALPHA);
        String path = "/api/v1/firms/" + seeker + "/recommendations?limit=50";
        JsonPath before = suggestions(path);
        String top = before.getString("recommendations[0].partnerId");
        String named = before.getString(
                "recommendations.reasons.flatten().findAll { it.type == 'SHARED_PARTNERS' }[0].entities[0].id");
        assertNotNull(top, before.prettify());
        assertNotNull(named, "the fixture firm shares partners with its suggestions: " + before.prettify());

        // Two firms still in draft, on the nodes of the top suggestion and of a partner a reason named.
        String onTop = UUID.randomUUID().toString();
        String onNamed = UUID.randomUUID().toString();
        try {
            TestEvents.publishFirm(EventType.FirmRegistered.name(), draft(onTop, top));
            TestEvents.publishFirm(EventType.FirmRegistered.name(), draft(onNamed, named));
            TestEvents.eventually(
                    () -> firms.find(onTop).isPresent() && firms.find(onNamed).isPresent(),
                    Duration.ofSeconds(60),
                    "the draft firms");
            // Verified links make the two nodes these draft firms: from then on hidden like them.
            TestEvents.link(projection, onTop, top);
            TestEvents.link(projection, onNamed, named);

            JsonPath after = suggestions(path);
            List<String> suggested = after.getList("recommendations.partnerId");
            List<String> namedNow = after.getList("recommendations.reasons.flatten().entities.flatten().id");
            assertFalse(suggested.contains(top), top + " is a draft firm now: " + suggested);
            assertFalse(namedNow.contains(top), namedNow.toString());
            assertFalse(namedNow.contains(named), named + " is a draft firm now: " + namedNow);
            assertFalse(suggested.contains(named), suggested.toString());
        } finally {
            // Published and listed again rather than erased: an erased firm's node stays hidden until partner-graph
            // erases it, which no partner-graph does for the fixture graph of these tests.
            TestEvents.publishFirm(
                    EventType.FirmUpdated.name(), TestEvents.firm(onTop, "FI", List.of(), List.of(), null, top));
            TestEvents.publishFirm(
                    EventType.FirmUpdated.name(), TestEvents.firm(onNamed, "FI", List.of(), List.of(), null, named));
            TestEvents.eventually(
                    () -> firms.find(onTop).map(Firm::listed).orElse(false)
                            && firms.find(onNamed).map(Firm::listed).orElse(false),
                    Duration.ofSeconds(60),
                    "the two firms listed again");
        }
    }

    private static JsonPath suggestions(String path) {
        return given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A firm in draft whose register id is the node {@code externalId}. */
    private static com.fasterxml.jackson.databind.node.ObjectNode draft(String firmId, String externalId) {
        return TestEvents.firm(firmId, "FI", List.of(), List.of(), null, externalId)
                .put("status", "DRAFT")
                .put("listed", false);
    }
}
