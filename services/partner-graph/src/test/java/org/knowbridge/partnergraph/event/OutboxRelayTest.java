package org.knowbridge.partnergraph.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.KafkaProbe.Received;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.TraceParents;

/** Changes made through the API reach Kafka as CloudEvents, keyed by the aggregate's key. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class OutboxRelayTest {

    private KafkaProbe topic;

    @BeforeEach
    void listenFromNowOn() {
        topic = KafkaProbe.fromEnd(Topic.COLLABORATIONS);
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void recordingAndEndingACollaborationArePublished() throws Exception {
        String firm = TestData.organisation(TestData.newKey(), "Acme Oy", "FI", "COMPANY", true, null);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String key = TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON)
                .body("{\"endYear\": 2024}")
                .when()
                .post("/api/v1/collaborations/" + key + "/end")
                .then()
                .statusCode(200);

        JsonNode organisation = awaitEvent(firm, "OrganisationUpserted").event();
        assertEquals("1.0", organisation.path("specversion").asText());
        assertEquals("FI", organisation.path("data").path("country").asText());
        assertTrue(organisation.path("time").isTextual(), "time is an RFC 3339 string");
        assertThat(EventSchemas.violations(organisation), empty());

        Received recorded = awaitEvent(key, "CollaborationRecorded");
        assertThat(EventSchemas.violations(recorded.event()), empty());
        assertEquals("application/cloudevents+json", recorded.header("content-type"));
        JsonNode collaboration = recorded.event().path("data");
        assertEquals("CO_DEVELOPMENT", collaboration.path("channel").asText());
        assertEquals(2, collaboration.path("parties").size());

        Received ended = awaitEvent(key, "CollaborationEnded");
        assertEquals(2024, ended.event().path("data").path("endYear").asInt());
        assertThat(EventSchemas.violations(ended.event()), empty());
        assertTrue(
                ended.offset() > recorded.offset() || ended.partition() != recorded.partition(),
                "one collaboration's events arrive in order");
    }

    @Test
    void theEventOfATracedRequestContinuesItsTraceOnKafka() throws Exception {
        String traceparent = TraceParents.newTrace();
        String key = TestData.newKey();
        given().auth()
                .oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .header("traceparent", traceparent)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Traced Oy\", \"country\": \"FI\", \"type\": \"COMPANY\", \"sme\": true}")
                .when()
                .put("/api/v1/organisations/" + key)
                .then()
                .statusCode(201);

        Received upserted = awaitEvent(key, "OrganisationUpserted");
        assertEquals(
                TraceParents.traceId(traceparent),
                upserted.traceId(),
                "the record's traceparent header continues the caller's trace");
    }

    @Test
    void theMirrorOfATracedFirmEventContinuesItsTrace() throws Exception {
        String traceparent = TraceParents.newTrace();
        String firmId = UUID.randomUUID().toString();
        MirroredFirms.publish(
                firmId,
                List.of(MirroredFirms.firmEvent("FirmRegistered", firmId, "Traced Mirror Oy", "FI", null, null)),
                traceparent);
        Received upserted = awaitEvent(firmId, "OrganisationUpserted");
        assertEquals(
                TraceParents.traceId(traceparent),
                upserted.traceId(),
                "OrganisationUpserted of the mirrored firm continues the firm event's trace");
    }

    @Test
    void importedOrganisationsArePublishedOnceNotOnReimport() throws Exception {
        String source = TestData.newSource();
        String organisations = "id,name,country,type,sme,city,nuts\n42,Imported Oy,FI,FIRM,true,,\n";
        TestData.awaitImport(TestData.startImport(source, "organisations", organisations));
        JsonNode event = awaitEvent(source + ":42", "OrganisationUpserted").event();
        assertEquals("IMPORTED", event.path("data").path("source").asText());
        assertThat(EventSchemas.violations(event), empty());

        TestData.awaitImport(TestData.startImport(source, "organisations", organisations));
        String marker = TestData.organisation(TestData.newKey(), "Marker Oy", "FI", "COMPANY", true, null);
        // Events of the outbox leave in order: once the marker is out, a second event for the import would be too.
        awaitEvent(marker, "OrganisationUpserted");
        // Delivery is at least once (consumers drop an event id they have seen): count events, not deliveries.
        assertEquals(
                1,
                topic.received().stream()
                        .filter(r -> r.key().equals(source + ":42"))
                        .map(r -> r.event().path("id").asText())
                        .distinct()
                        .count());
    }

    /** The first event of this type under this record key, waiting a generous while; fails the test when none came. */
    private Received awaitEvent(String key, String type) {
        return topic.await(
                type + " of " + key, r -> key.equals(r.key()) && type.equals(r.type()), Duration.ofSeconds(60));
    }
}
