package org.knowbridge.partnergraph.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.TraceParents;
import org.knowbridge.partnergraph.FirmTopicWriter;
import org.knowbridge.partnergraph.TestData;

/** Changes made through the API reach Kafka as CloudEvents, keyed by the aggregate's key. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new java.util.ArrayList<>();

    @BeforeEach
    void listenFromNowOn() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(Topic.COLLABORATIONS.topicName()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets before anything is published
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void recordingAndEndingACollaborationArePublished() throws Exception {
        String firm = TestData.organisation(TestData.newKey(), "Acme Oy", "FI", "FIRM", true, null);
        String university = TestData.organisation(TestData.newKey(), "TU Delft", "NL", "UNIVERSITY", false, null);
        String key = TestData.collaboration(firm, "CUSTOMER", university, "UNIVERSITY", "CO_DEVELOPMENT", 2022);
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN))
                .contentType(ContentType.JSON).body("{\"endYear\": 2024}")
                .when().post("/api/v1/collaborations/" + key + "/end").then().statusCode(200);

        ConsumerRecord<String, String> upserted = awaitEvent(firm, EventType.OrganisationUpserted.cloudEventType()).orElseThrow();
        JsonNode organisation = JSON.readTree(upserted.value());
        assertEquals("1.0", organisation.path("specversion").asText());
        assertEquals("FI", organisation.path("data").path("country").asText());
        assertTrue(organisation.path("time").isTextual(), "time is an RFC 3339 string");
        EventSchemas.assertConforms(EventType.OrganisationUpserted.name(), organisation);

        ConsumerRecord<String, String> recorded = awaitEvent(key, EventType.CollaborationRecorded.cloudEventType()).orElseThrow();
        EventSchemas.assertConforms(EventType.CollaborationRecorded.name(), JSON.readTree(recorded.value()));
        assertEquals("application/cloudevents+json",
                new String(recorded.headers().lastHeader("content-type").value(), java.nio.charset.StandardCharsets.UTF_8));
        JsonNode collaboration = JSON.readTree(recorded.value()).path("data");
        assertEquals("CO_DEVELOPMENT", collaboration.path("channel").asText());
        assertEquals(2, collaboration.path("parties").size());

        ConsumerRecord<String, String> ended = awaitEvent(key, EventType.CollaborationEnded.cloudEventType()).orElseThrow();
        assertEquals(2024, JSON.readTree(ended.value()).path("data").path("endYear").asInt());
        EventSchemas.assertConforms(EventType.CollaborationEnded.name(), JSON.readTree(ended.value()));
        assertTrue(ended.offset() > recorded.offset() || ended.partition() != recorded.partition(),
                "one collaboration's events arrive in order");
    }

    @Test
    void theEventOfATracedRequestContinuesItsTraceOnKafka() throws Exception {
        String traceparent = TraceParents.newTrace();
        String key = TestData.newKey();
        given().auth().oauth2(DemoUsers.token(DemoUsers.ADMIN)).header("traceparent", traceparent)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Traced Oy\", \"country\": \"FI\", \"type\": \"FIRM\", \"sme\": true}")
                .when().put("/api/v1/organisations/" + key).then().statusCode(201);

        ConsumerRecord<String, String> upserted = awaitEvent(key, EventType.OrganisationUpserted.cloudEventType()).orElseThrow();
        assertEquals(TraceParents.traceId(traceparent), TraceParents.traceId(upserted.headers()),
                "the record's traceparent header continues the caller's trace");
    }

    @Test
    void theMirrorOfATracedFirmEventContinuesItsTrace() throws Exception {
        String traceparent = TraceParents.newTrace();
        String firmId = UUID.randomUUID().toString();
        try (FirmTopicWriter firms = new FirmTopicWriter()) {
            firms.publish(firmId, List.of(FirmTopicWriter.firmEvent(EventType.FirmRegistered.name(), firmId, "Traced Mirror Oy", "FI", null, null)),
                    traceparent);
        }
        ConsumerRecord<String, String> upserted = awaitEvent(firmId, EventType.OrganisationUpserted.cloudEventType()).orElseThrow();
        assertEquals(TraceParents.traceId(traceparent), TraceParents.traceId(upserted.headers()),
                "OrganisationUpserted of the mirrored firm continues the firm event's trace");
    }

    @Test
    void importedOrganisationsArePublishedOnceNotOnReimport() throws Exception {
        String source = TestData.newSource();
        String organisations = "id,name,country,type,sme,city,nuts\n42,Imported Oy,FI,FIRM,true,,\n";
        TestData.awaitImport(TestData.startImport(source, "organisations", organisations));
        JsonNode event = JSON.readTree(awaitEvent(source + ":42", EventType.OrganisationUpserted.cloudEventType()).orElseThrow().value());
        assertEquals("IMPORTED", event.path("data").path("source").asText());
        EventSchemas.assertConforms(EventType.OrganisationUpserted.name(), event);

        TestData.awaitImport(TestData.startImport(source, "organisations", organisations));
        String marker = TestData.organisation(TestData.newKey(), "Marker Oy", "FI", "FIRM", true, null);
        // Events of the outbox leave in order: once the marker is out, a second event for the import would be too.
        awaitEvent(marker, EventType.OrganisationUpserted.cloudEventType()).orElseThrow();
        // Delivery is at least once (consumers drop an event id they have seen): count events, not deliveries.
        assertEquals(1, received.stream().filter(r -> r.key().equals(source + ":42"))
                .map(OutboxRelayTest::eventId).distinct().count());
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Looks among what arrived so far, then polls until the event arrives or a generous deadline passes. */
    private Optional<ConsumerRecord<String, String>> awaitEvent(String key, String type) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            for (ConsumerRecord<String, String> record : received) {
                if (key.equals(record.key()) && type.equals(JSON.readTree(record.value()).path("type").asText())) {
                    return Optional.of(record);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            consumer.poll(Duration.ofMillis(500)).forEach(received::add);
        }
    }
}
