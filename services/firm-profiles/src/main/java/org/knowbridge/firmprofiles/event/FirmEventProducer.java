package org.knowbridge.firmprofiles.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.observability.EventTracing;

/**
 * The Kafka producer of the outbox relay: idempotent and acks=all, so retries never duplicate or reorder a
 * partition's records, and it keeps retrying for the whole delivery timeout while the broker is away.
 */
@ApplicationScoped
public class FirmEventProducer {

    private final Duration deliveryTimeout;
    private final KafkaProducer<String, String> producer;
    private final EventTracing tracing;

    public FirmEventProducer(EventTracing tracing, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "knowbridge.outbox.delivery-timeout", defaultValue = "PT5M") Duration deliveryTimeout) {
        this.tracing = tracing;
        this.deliveryTimeout = deliveryTimeout;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "firm-profiles-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    /** Sends a record in the trace its event was written in ({@code traceparent}, null when none). */
    public Future<RecordMetadata> send(ProducerRecord<String, String> record, String traceparent) {
        return tracing.send(producer, record, traceparent, null);
    }

    public Duration deliveryTimeout() {
        return deliveryTimeout;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
