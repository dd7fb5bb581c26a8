package org.knowbridge.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The event counters of every service, at {@code /q/metrics}: {@code knowbridge_events_produced_total{topic,type}},
 * counted when Kafka acknowledged the record, and {@code knowbridge_events_consumed_total{topic,type,service}},
 * counted when a consumer read an event (applied or deliberately skipped). {@code type} is the event's short
 * type, e.g. {@code FirmRegistered}.
 */
@ApplicationScoped
public class EventMetrics {

    public static final String PRODUCED = "knowbridge.events.produced";
    public static final String CONSUMED = "knowbridge.events.consumed";
    /** The type of a record that is no readable CloudEvent. */
    public static final String UNREADABLE = "unreadable";

    private final MeterRegistry registry;
    private final String service;

    public EventMetrics(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.registry = registry;
        this.service = service;
    }

    /** One event Kafka acknowledged. */
    public void produced(String topic, String type) {
        Counter.builder(PRODUCED)
                .description("Events this service published, counted on Kafka's acknowledgement")
                .tag("topic", topic)
                .tag("type", type)
                .register(registry)
                .increment();
    }

    /** One event this service read. */
    public void consumed(String topic, String type) {
        Counter.builder(CONSUMED)
                .description("Events this service read from Kafka")
                .tag("topic", topic)
                .tag("type", type)
                .tag("service", service)
                .register(registry)
                .increment();
    }
}
