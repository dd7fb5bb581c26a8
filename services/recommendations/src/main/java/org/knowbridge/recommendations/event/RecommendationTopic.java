package org.knowbridge.recommendations.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.event.CloudEventRecords;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/** Where this service's events go, and how its plain Kafka clients connect. */
@ApplicationScoped
public class RecommendationTopic {

    private final String name;
    private final String bootstrapServers;
    private final EventTracing tracing;
    private final EventMetrics metrics;

    public RecommendationTopic(@ConfigProperty(name = "knowbridge.recommendations.topic") String name,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EventTracing tracing, EventMetrics metrics) {
        this.name = name;
        this.bootstrapServers = bootstrapServers;
        this.tracing = tracing;
        this.metrics = metrics;
    }

    /**
     * A reader of a topic (not yet started), traced and counted.
     *
     * @param startAt the first offset to read per partition; a partition it leaves out is read from its beginning
     */
    TopicFollower follower(String topic, Function<List<TopicPartition>, Map<TopicPartition, Long>> startAt,
            Consumer<List<CloudEvent<JsonNode>>> handler) {
        return new TopicFollower(topic, clientProperties(), tracing, metrics, startAt, handler);
    }

    /**
     * Sends an event to this topic, keyed by its subject, as a step of the current trace; counted as produced once
     * Kafka acknowledged it.
     *
     * @param failed told when Kafka did not take it
     */
    Future<RecordMetadata> send(KafkaProducer<String, String> producer, CloudEvent<?> event, Consumer<Exception> failed) {
        return tracing.send(producer, CloudEventRecords.record(name, event.subject(), CloudEventCodec.encode(event)), (metadata, error) -> {
            if (error == null) {
                metrics.produced(name, event.shortType());
            } else {
                failed.accept(error);
            }
        });
    }

    /** A reader of a topic from its beginning (not yet started). */
    TopicFollower followerFromBeginning(String topic, Consumer<List<CloudEvent<JsonNode>>> handler) {
        return follower(topic, partitions -> Map.of(), handler);
    }

    public String name() {
        return name;
    }

    /**
     * A producer to the broker with every write acknowledged by all replicas and never duplicated by a retry.
     *
     * @param timing the publisher's own timeouts and batching ({@link ProducerConfig} names)
     */
    KafkaProducer<String, String> producer(Map<String, Object> timing) {
        Properties properties = clientProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.putAll(timing);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    Properties clientProperties() {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, "recommendations");
        return properties;
    }
}
