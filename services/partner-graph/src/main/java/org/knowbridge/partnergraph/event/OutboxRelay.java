package org.knowbridge.partnergraph.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.platform.observability.OutboxLag;
import org.knowbridge.partnergraph.repository.OutboxRepository;

/**
 * Moves outbox events from the graph to Kafka: claims the oldest, sends them, and deletes only those Kafka
 * acknowledged. Delivery is at least once (a crash after sending and before deleting sends again);
 * consumers deduplicate on the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int CLAIM_SECONDS = 60;
    /** Structured-mode CloudEvents, as every KnowBridge producer labels them. */
    private static final String CONTENT_TYPE_HEADER = "content-type";
    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final OutboxRepository outbox;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final OutboxLag lag;
    private final String bootstrapServers;
    private final int batchSize;
    private final long intervalMillis;
    private final boolean enabled;
    private ScheduledExecutorService scheduler;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(OutboxRepository outbox, EventTracing tracing, EventMetrics metrics, OutboxLag lag,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "knowbridge.outbox.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "knowbridge.outbox.interval-millis", defaultValue = "500") long intervalMillis,
            @ConfigProperty(name = "knowbridge.outbox.enabled", defaultValue = "true") boolean enabled) {
        this.outbox = outbox;
        this.tracing = tracing;
        this.metrics = metrics;
        this.lag = lag;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
        this.intervalMillis = intervalMillis;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        scheduler.scheduleWithFixedDelay(this::drain, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close();
        }
    }

    /** Relays until the outbox is empty or a send fails; the next tick goes on. */
    void drain() {
        try {
            List<OutboxEvent> batch;
            boolean allSent;
            do {
                batch = outbox.claim(batchSize, CLAIM_SECONDS);
                List<String> sent = send(batch);
                outbox.delete(sent);
                allSent = sent.size() == batch.size();
                if (!allSent) {
                    // Back to the queue at once, still oldest first, so the next tick sends them before anything newer.
                    outbox.release(batch.subList(sent.size(), batch.size()).stream().map(OutboxEvent::id).toList());
                }
            } while (allSent && batch.size() == batchSize);
            OutboxRepository.Lag waiting = outbox.lag();
            lag.measured(waiting.pending(), waiting.oldest());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay paused: %s", e.getMessage());
        }
    }

    /**
     * Sends the batch and returns the ids Kafka acknowledged, up to the first failure: what follows it stays
     * in the outbox too and goes again, after it, so one aggregate's events never overtake each other.
     */
    private List<String> send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
            record.headers().add(CONTENT_TYPE_HEADER, CLOUDEVENTS_JSON);
            sent.add(tracing.send(producer, record, event.traceparent(), null));
        }
        producer.flush();
        List<String> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                sent.get(i).get(30, TimeUnit.SECONDS);
                acknowledged.add(batch.get(i).id());
                metrics.produced(batch.get(i).topic(), batch.get(i).type());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warnf("Event %s not acknowledged; it and the %d after it stay in the outbox: %s",
                        batch.get(i).id(), batch.size() - i - 1, e.getMessage());
                break;
            }
        }
        return acknowledged;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps one key's events in order across retries.
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "partner-graph-outbox");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }
}
