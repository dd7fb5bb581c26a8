package org.knowbridge.partnergraph.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.common.testing.DemoUsers;
import org.knowbridge.common.testing.RealStackResource;
import org.knowbridge.partnergraph.TestData;

/** Firms published by firm-profiles on knowbridge.firms.v1 appear, change and disappear as organisations. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmMirrorTest {

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aRegisteredFirmIsMirroredAndFollowsItsUpdates() throws Exception {
        String firmId = UUID.randomUUID().toString();
        List<String> history = List.of(firmEvent("FirmRegistered", firmId, "Kone Labs Oy", "FI"),
                firmEvent("FirmUpdated", firmId, "Kone Labs Finland Oy", "FI"));
        publish(firmId, history);
        awaitOrganisation(firmId, status -> status == 200 && "Kone Labs Finland Oy".equals(name(firmId)));

        // Replaying the history changes nothing: the last state wins again.
        publish(firmId, history);
        String marker = UUID.randomUUID().toString();
        publish(marker, List.of(firmEvent("FirmRegistered", marker, "Marker Oy", "FI")));
        awaitOrganisation(marker, status -> status == 200);
        given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).when().get("/api/v1/organisations/" + firmId)
                .then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Kone Labs Finland Oy"))
                .body("type", org.hamcrest.Matchers.equalTo("FIRM"))
                .body("sector", org.hamcrest.Matchers.equalTo("C26"))
                .body("sme", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void anErasedFirmDisappearsWithItsCollaborationsAndStaysGone() throws Exception {
        String firmId = UUID.randomUUID().toString();
        String registered = firmEvent("FirmRegistered", firmId, "Erase Me Oy", "FI");
        publish(firmId, List.of(registered));
        awaitOrganisation(firmId, status -> status == 200);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String collaboration = TestData.collaboration(firmId, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);

        publish(firmId, List.of(erased(firmId)));
        awaitOrganisation(firmId, status -> status == 404);
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN)).when().get("/api/v1/collaborations/" + collaboration)
                .then().statusCode(404);

        // A replay of its registration does not bring it back.
        publish(firmId, List.of(registered));
        String marker = UUID.randomUUID().toString();
        publish(marker, List.of(firmEvent("FirmRegistered", marker, "Marker Oy", "FI")));
        awaitOrganisation(marker, status -> status == 200);
        assertEquals(404, status(firmId));
    }

    private void publish(String key, List<String> events) throws Exception {
        for (String event : events) {
            producer.send(new ProducerRecord<>("knowbridge.firms.v1", key, event)).get();
        }
    }

    /** Polls the organisation until the condition on its status holds, or fails after a generous deadline. */
    private static void awaitOrganisation(String key, Predicate<Integer> condition) throws InterruptedException {
        // Generous: a new consumer group first replays everything the topic holds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (!condition.test(status(key))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("organisation " + key + " never reached the expected state");
            }
            Thread.sleep(200);
        }
    }

    private static int status(String key) {
        return given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).when().get("/api/v1/organisations/" + key)
                .then().extract().statusCode();
    }

    private static String name(String key) {
        return given().auth().oauth2(DemoUsers.token(DemoUsers.AGENCY)).when().get("/api/v1/organisations/" + key)
                .then().extract().path("name");
    }

    private static String firmEvent(String type, String firmId, String legalName, String country) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/knowbridge/firm-profiles", "type": "org.knowbridge.%s",
                 "subject": "%s", "time": "2026-01-01T00:00:00Z", "datacontenttype": "application/json",
                 "dataschema": "/api-specs/events/%s.schema.json",
                 "data": {"firmId": "%s", "legalName": "%s", "country": "%s", "sector": "C26", "sizeClass": "SMALL",
                          "status": "PUBLISHED", "knowledgeAreasOffered": [], "knowledgeAreasSought": [],
                          "targetCountries": [], "listed": true}}
                """.formatted(UUID.randomUUID(), type, firmId, type, firmId, legalName, country);
    }

    private static String erased(String firmId) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/knowbridge/firm-profiles", "type": "org.knowbridge.FirmErased",
                 "subject": "%s", "time": "2026-01-01T00:00:00Z", "datacontenttype": "application/json",
                 "dataschema": "/api-specs/events/FirmErased.schema.json", "data": {"firmId": "%s"}}
                """.formatted(UUID.randomUUID(), firmId, firmId);
    }
}
