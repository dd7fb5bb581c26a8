package org.knowbridge.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final String EXPOSITION = """
            # TYPE knowbridge_events_consumed_total counter
            knowbridge_events_consumed_total{service="recommendations",topic="knowbridge.firms.v1",type="FirmRegistered"} 3.0 # {span_id="608609a901ed2e5d",trace_id="0af7651916cd43dd8448eb211c80319c"} 1.0 1795461797.013
            knowbridge_events_consumed_total{service="recommendations",topic="knowbridge.firms.v1",type="FirmErased"} 2.0
            knowbridge_outbox_pending NaN
            knowbridge_outbox_oldest_age_seconds 4.5
            """;

    @Test
    void sumsTheSamplesWithTheLabelsAskedForIgnoringExemplars() {
        assertEquals(
                3.0, Metrics.value(EXPOSITION, "knowbridge_events_consumed_total", Map.of("type", "FirmRegistered")));
        assertEquals(
                5.0,
                Metrics.value(EXPOSITION, "knowbridge_events_consumed_total", Map.of("topic", "knowbridge.firms.v1")));
        assertEquals(0.0, Metrics.value(EXPOSITION, "knowbridge_events_consumed_total", Map.of("type", "FirmUpdated")));
    }

    @Test
    void readsSamplesWithoutLabelsByTheirWholeName() {
        assertEquals(4.5, Metrics.value(EXPOSITION, "knowbridge_outbox_oldest_age_seconds", Map.of()));
        assertEquals(
                0.0, Metrics.value(EXPOSITION, "knowbridge_outbox_oldest_age", Map.of()), "a prefix is not a name");
        assertTrue(Double.isNaN(Metrics.value(EXPOSITION, "knowbridge_outbox_pending", Map.of())));
        assertTrue(Metrics.exposes(EXPOSITION, "knowbridge_outbox_pending"));
    }
}
