package org.knowbridge.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * How far an outbox relay is behind, as measured by the relay after each pass: {@code knowbridge_outbox_pending}
 * (events waiting to be published) and {@code knowbridge_outbox_oldest_age_seconds} (how long the oldest of them
 * has been waiting, 0 when none). Both are NaN until the first measurement. The age grows between measurements,
 * so a relay that stopped measuring shows up as well.
 */
@ApplicationScoped
public class OutboxLag {

    public static final String PENDING = "knowbridge.outbox.pending";
    public static final String OLDEST_AGE = "knowbridge.outbox.oldest.age";

    private record Measurement(long pending, Instant oldest) {}

    private volatile Measurement last;

    public OutboxLag(MeterRegistry registry) {
        Gauge.builder(PENDING, this, OutboxLag::pending)
                .description("Outbox events not yet published to Kafka")
                .register(registry);
        Gauge.builder(OLDEST_AGE, this, OutboxLag::oldestAgeSeconds)
                .baseUnit("seconds")
                .description("How long the oldest unpublished outbox event has been waiting")
                .register(registry);
    }

    /**
     * @param pending how many events wait in the outbox
     * @param oldest  when the oldest of them was written, null when none waits
     */
    public void measured(long pending, Instant oldest) {
        last = new Measurement(pending, oldest);
    }

    private double pending() {
        Measurement m = last;
        return m == null ? Double.NaN : m.pending();
    }

    private double oldestAgeSeconds() {
        Measurement m = last;
        if (m == null) {
            return Double.NaN;
        }
        return m.oldest() == null
                ? 0
                : Math.max(0, Duration.between(m.oldest(), Instant.now()).toMillis() / 1000.0);
    }
}
