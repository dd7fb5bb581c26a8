package org.knowbridge.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.event.CloudEventRecords;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Sends CloudEvents straight to Kafka (not through an outbox), for events whose writer waits for Kafka or needs no
 * record. Each record names the instance that sent it in its {@value #INSTANCE_HEADER} header (the service and its
 * {@code ServiceInstance} id), so that where several replicas publish, a record says which one did.
 */
public final class EventPublisher implements AutoCloseable {

    /** The header naming the sending instance, {@code <service>@<instance id>}. */
    public static final String INSTANCE_HEADER = "knowbridge-instance";

    private final Producer<String, String> producer;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final byte[] instance;

    EventPublisher(Producer<String, String> producer, EventTracing tracing, EventMetrics metrics, String instance) {
        this.producer = producer;
        this.tracing = tracing;
        this.metrics = metrics;
        this.instance = instance.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends an event keyed by its subject, as a step of the current trace; counted as produced once Kafka
     * acknowledged it. The future also completes with the failure.
     *
     * @param failed told when Kafka did not take it
     */
    public Future<RecordMetadata> send(Topic topic, CloudEvent<?> event, Consumer<Exception> failed) {
        String name = topic.topicName();
        ProducerRecord<String, String> record =
                CloudEventRecords.record(name, event.subject(), CloudEventCodec.encode(event));
        record.headers().add(INSTANCE_HEADER, instance);
        return tracing.send(producer, record, (metadata, error) -> {
            if (error == null) {
                metrics.produced(name, event.shortType());
            } else {
                failed.accept(error);
            }
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
