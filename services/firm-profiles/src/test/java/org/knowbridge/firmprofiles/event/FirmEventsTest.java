package org.knowbridge.firmprofiles.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.firmprofiles.TestFirms.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.RealStackResource;

/** What consumers of knowbridge.firms.v1 receive: every change, once, in order, as its schema says. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmEventsTest {

    @Test
    void aFirmsLifeArrivesInOrderKeyedByFirmAndValidAgainstTheSchemas() {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.FIRMS)) {
            String name = TestFirms.uniqueName("Event Optics");
            String id = TestFirms.onboard("""
                    {"legalName": "%s", "country": "DE", "sector": "C26.7", "employees": 12,
                     "knowledgeAreasOffered": ["/natural sciences/physical sciences/optics"], "targetCountries": ["FI", "EL"],
                     "preferredPartnerKinds": ["UNIVERSITY"], "preferredChannels": ["CO_DEVELOPMENT", "LICENSING"]}
                    """.formatted(name));
            as(DemoUsers.AGENCY)
                    .body("{\"listedToPartners\": true, \"contactAllowed\": false}")
                    .put("/api/v1/firms/" + id + "/consent")
                    .then()
                    .statusCode(200);
            as(DemoUsers.AGENCY).post("/api/v1/firms/" + id + "/submit").then().statusCode(200);
            as(DemoUsers.AGENCY).post("/api/v1/firms/" + id + "/publish").then().statusCode(200);
            as(DemoUsers.AGENCY).delete("/api/v1/firms/" + id).then().statusCode(204);

            List<KafkaProbe.Received> events = topic.awaitAll(
                    KafkaProbe.keyIn(List.of(id)), received -> received.size() >= 5, Duration.ofSeconds(60));
            events = topic.readFor(Duration.ofSeconds(2), KafkaProbe.keyIn(List.of(id)));

            assertEquals(
                    List.of("FirmRegistered", "FirmUpdated", "FirmUpdated", "FirmPublished", "FirmErased"),
                    events.stream().map(KafkaProbe.Received::type).toList());
            for (KafkaProbe.Received event : events) {
                assertEquals(id, event.key());
                assertEquals(id, event.event().path("subject").asText());
                assertEquals(events.get(0).partition(), event.partition());
                assertTrue(
                        EventSchemas.violations(event.event()).isEmpty(),
                        () -> event.type() + " breaks its schema: " + EventSchemas.violations(event.event()) + " in "
                                + event.event());
            }
            var registered = events.get(0).event().path("data");
            assertEquals(name, registered.path("legalName").asText());
            assertEquals("SMALL", registered.path("sizeClass").asText());
            assertEquals("GR", registered.path("targetCountries").get(1).asText());
            // recommendations favours what the firm prefers.
            assertEquals(
                    "UNIVERSITY",
                    registered.path("preferredPartnerKinds").get(0).asText());
            assertEquals(2, registered.path("preferredChannels").size());
            assertEquals(false, registered.path("listed").asBoolean());
            // partner-graph limits an agency to the firms it onboarded by this field.
            assertEquals("org-agency-demo", registered.path("onboardedBy").asText());
            assertTrue(registered.path("externalId").isNull(), "a firm onboarded through the API has no external id");
            var published = events.get(3).event().path("data");
            assertEquals("PUBLISHED", published.path("status").asText());
            assertEquals(true, published.path("listed").asBoolean());
            assertEquals("org-agency-demo", published.path("onboardedBy").asText());
            assertEquals(id, events.get(4).event().path("data").path("firmId").asText());
            assertEquals(1, events.get(4).event().path("data").size(), "FirmErased carries only the firm id");
        }
    }

    @Test
    void aChangeThatChangesNothingOrIsRejectedEmitsNoEvent() {
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.FIRMS)) {
            String body = "{\"legalName\": \"" + TestFirms.uniqueName("Quiet Tools") + "\", \"country\": \"SE\"}";
            String id = TestFirms.onboard(body);
            String etag = TestFirms.read(DemoUsers.AGENCY, id).header("ETag");
            as(DemoUsers.AGENCY)
                    .header("If-Match", etag)
                    .body(body)
                    .put("/api/v1/firms/" + id)
                    .then()
                    .statusCode(200);
            as(DemoUsers.AGENCY)
                    .body("{\"listedToPartners\": false, \"contactAllowed\": false}")
                    .put("/api/v1/firms/" + id + "/consent")
                    .then()
                    .statusCode(200);
            // Rejected writes roll back with their event: a stale ETag, and a transition the status does not allow.
            as(DemoUsers.AGENCY)
                    .header("If-Match", "\"999\"")
                    .body(body.replace("SE", "NO"))
                    .put("/api/v1/firms/" + id)
                    .then()
                    .statusCode(412);
            as(DemoUsers.AGENCY).post("/api/v1/firms/" + id + "/publish").then().statusCode(409);
            // A real change afterwards marks the end of what this test waits for.
            as(DemoUsers.AGENCY).post("/api/v1/firms/" + id + "/submit").then().statusCode(200);

            List<KafkaProbe.Received> events = topic.awaitAll(
                    KafkaProbe.keyIn(List.of(id)), received -> received.size() >= 2, Duration.ofSeconds(60));
            events = topic.readFor(Duration.ofSeconds(2), KafkaProbe.keyIn(List.of(id)));
            assertEquals(
                    List.of("FirmRegistered", "FirmUpdated"),
                    events.stream().map(KafkaProbe.Received::type).toList());
            assertEquals(
                    "SUBMITTED",
                    events.get(1).event().path("data").path("status").asText());
        }
    }
}
