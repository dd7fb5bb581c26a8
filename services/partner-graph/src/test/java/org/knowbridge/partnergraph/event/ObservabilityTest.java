package org.knowbridge.partnergraph.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.partnergraph.MirroredFirms;
import org.knowbridge.partnergraph.TestData;
import org.knowbridge.platform.testing.Metrics;
import org.knowbridge.platform.testing.RealStackResource;

/** What operators see of the events: produced and consumed ones counted, and the outbox's lag measured. */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class ObservabilityTest {

    private static final String PRODUCED = "knowbridge_events_produced_total";
    private static final String CONSUMED = "knowbridge_events_consumed_total";

    @Test
    void anOrganisationsEventIsCountedAsProducedOnceKafkaHasIt() {
        Map<String, String> upserted =
                Map.of("topic", Topic.COLLABORATIONS.topicName(), "type", "OrganisationUpserted");
        // Whichever instance holds the relay (the demo's may run beside the test's) sends and counts it.
        double before = Metrics.valueAcrossInstances(PRODUCED, upserted);
        TestData.organisation(TestData.newKey(), "Counted Oy", "FI", "COMPANY", true, null);
        assertTrue(
                Metrics.awaitAtLeastAcrossInstances(PRODUCED, upserted, before + 1, Duration.ofSeconds(30))
                        >= before + 1,
                "OrganisationUpserted counted from " + before);
    }

    @Test
    void aFirmEventReadIsCountedAsConsumed() {
        Map<String, String> registered =
                Map.of("topic", Topic.FIRMS.topicName(), "type", "FirmRegistered", "service", "partner-graph");
        double before = Metrics.value(CONSUMED, registered);
        MirroredFirms.registered("Consumed Oy", null, null);
        assertTrue(
                Metrics.awaitAtLeast(CONSUMED, registered, before + 1, Duration.ofSeconds(30)) >= before + 1,
                "FirmRegistered counted from " + before);
    }

    @Test
    void theOutboxLagIsMeasured() {
        // NaN until the relay's first pass, shortly after start.
        assertTrue(Metrics.awaitAtLeast("knowbridge_outbox_pending", Map.of(), 0, Duration.ofSeconds(30)) >= 0);
        assertTrue(Metrics.value("knowbridge_outbox_oldest_age_seconds", Map.of()) >= 0);
    }
}
