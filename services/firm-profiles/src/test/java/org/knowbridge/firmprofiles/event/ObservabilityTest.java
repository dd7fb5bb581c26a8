package org.knowbridge.firmprofiles.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.knowbridge.firmprofiles.TestFirms.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.KafkaProbe;
import org.knowbridge.platform.testing.Metrics;
import org.knowbridge.platform.testing.RealStackResource;
import org.knowbridge.platform.testing.TraceParents;

/** What operators see of the outbox: its events counted, its lag measured, and the caller's trace carried to Kafka. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ObservabilityTest {

    private static final Map<String, String> REGISTERED =
            Map.of("topic", Topic.FIRMS.topicName(), "type", "FirmRegistered");

    @Test
    void aRegisteredFirmIsCountedAsProducedOnceKafkaHasIt() {
        // Whichever instance holds the relay (the demo's may run beside the test's) sends and counts it.
        double before = Metrics.valueAcrossInstances("knowbridge_events_produced_total", REGISTERED);
        TestFirms.onboard(TestFirms.uniqueName("Counted Optics"), "DE");
        assertTrue(
                Metrics.awaitAtLeastAcrossInstances(
                                "knowbridge_events_produced_total", REGISTERED, before + 1, Duration.ofSeconds(30))
                        >= before + 1,
                "knowbridge_events_produced_total{type=FirmRegistered} grew from " + before);
    }

    @Test
    void theOutboxLagIsMeasured() {
        // NaN until the relay's first pass, shortly after start.
        assertTrue(Metrics.awaitAtLeast("knowbridge_outbox_pending", Map.of(), 0, Duration.ofSeconds(30)) >= 0);
        assertTrue(Metrics.value("knowbridge_outbox_oldest_age_seconds", Map.of()) >= 0);
    }

    @Test
    void theEventOfATracedRequestContinuesItsTraceOnKafka() {
        String traceparent = TraceParents.newTrace();
        try (KafkaProbe topic = KafkaProbe.fromEnd(Topic.FIRMS)) {
            String id = as(DemoUsers.AGENCY)
                    .header("traceparent", traceparent)
                    .body("{\"legalName\": \"" + TestFirms.uniqueName("Traced Optics") + "\", \"country\": \"AT\"}")
                    .post("/api/v1/firms")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            List<KafkaProbe.Received> events = topic.awaitAll(
                    KafkaProbe.keyIn(List.of(id)), received -> !received.isEmpty(), Duration.ofSeconds(30));
            assertEquals(1, events.size(), "FirmRegistered arrived");
            assertEquals(
                    TraceParents.traceId(traceparent),
                    events.get(0).traceId(),
                    "the record's traceparent header continues the caller's trace");
        }
    }
}
