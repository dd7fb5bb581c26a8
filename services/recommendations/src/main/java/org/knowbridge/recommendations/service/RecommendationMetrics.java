package org.knowbridge.recommendations.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The service's own timers, at {@code /q/metrics} with percentiles and a histogram:
 * {@code knowbridge_recommendations_latency_seconds{cached}}, how long an answered request for suggestions took
 * to compute (from the cache or ranked), and {@code knowbridge_recommendations_freshness_seconds}, from a graph
 * event's time (when partner-graph recorded the change) to the publication of its parties' new suggestions.
 */
@ApplicationScoped
public class RecommendationMetrics {

    public static final String LATENCY = "knowbridge.recommendations.latency";
    public static final String FRESHNESS = "knowbridge.recommendations.freshness";

    private final Timer cached;
    private final Timer ranked;
    private final Timer freshness;

    public RecommendationMetrics(MeterRegistry registry) {
        this.cached = latency(registry, true);
        this.ranked = latency(registry, false);
        this.freshness = Timer.builder(FRESHNESS)
                .description("From a graph change's event to its parties' RecommendationsUpdated")
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }

    private static Timer latency(MeterRegistry registry, boolean cached) {
        return Timer.builder(LATENCY)
                .description("Computing the suggestions of one request")
                .tag("cached", String.valueOf(cached))
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    /** A request answered, which began at {@code startNanos} ({@link System#nanoTime()}). */
    void answered(long startNanos, boolean fromCache) {
        (fromCache ? cached : ranked).record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The suggestions of a change's parties were published; the change's event was written at {@code changedAt}. */
    void published(Instant changedAt) {
        Duration since = Duration.between(changedAt, Instant.now());
        // Clocks of different hosts may disagree a little.
        freshness.record(since.isNegative() ? Duration.ZERO : since);
    }
}
