package org.knowbridge.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Every Kafka client a service creates by hand, from one configuration: producers are idempotent with acks=all
 * (a retry never duplicates or reorders a partition's records, and an acknowledged record is on every replica)
 * and share one delivery timeout ({@link KafkaSettings}); consumers read without a consumer group, except the
 * member of a group that only tells which keys an instance owns ({@link #ownership}).
 */
@ApplicationScoped
public class KafkaClients {

    /** How long a send may block for the topic's metadata while the broker is away. */
    private static final Duration MAX_BLOCK = Duration.ofSeconds(5);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    /**
     * How long a member of an ownership group that stopped answering (killed, frozen, cut off) keeps its partitions
     * before the others get them; a member that stops cleanly leaves at once. The broker allows 6 s at least.
     */
    public static final Duration OWNERSHIP_SESSION = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final String service;
    private final String instance;
    private final Duration deliveryTimeout;
    private final EventTracing tracing;
    private final EventMetrics metrics;

    public KafkaClients(
            KafkaSettings settings,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String service,
            EventTracing tracing,
            EventMetrics metrics,
            ServiceInstance instance) {
        this.bootstrapServers = bootstrapServers;
        this.service = service;
        this.instance = instance.id();
        this.deliveryTimeout = settings.deliveryTimeout();
        this.tracing = tracing;
        this.metrics = metrics;
    }

    /** A producer; {@code purpose} names it among the service's clients, e.g. {@code outbox}. Closed by its user. */
    public Producer<String, String> producer(String purpose) {
        Properties properties = common(purpose);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** A publisher of CloudEvents, traced and counted (see {@link EventPublisher}). Closed by its user. */
    public EventPublisher publisher(String purpose) {
        return new EventPublisher(producer(purpose), tracing, metrics, service + "@" + instance);
    }

    /**
     * The longest a record sent now can take until Kafka acknowledged it or it is reported failed: after this a
     * record not acknowledged is never written.
     */
    public Duration acknowledgementBound() {
        return deliveryTimeout.plus(MAX_BLOCK).plusSeconds(1);
    }

    /** A consumer without a consumer group: it reads the partitions it is assigned from where it seeks. */
    public KafkaConsumer<String, String> consumer(String purpose) {
        Properties properties = common(purpose);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * A member (not yet started) of the consumer group {@code group} on the topic, telling which keys of the topic
     * this instance owns; {@code gained} is told of the partitions newly assigned to it (see {@link KeyOwnership}).
     * Its client id ends with this instance's id, so that the group's description names who holds what.
     */
    public KeyOwnership ownership(Topic topic, String group, Consumer<Set<Integer>> gained) {
        return new KeyOwnership(
                topic.topicName(),
                group,
                () -> {
                    Properties properties = common("own-" + topic.topicName() + "-" + instance);
                    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
                    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
                    properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) OWNERSHIP_SESSION.toMillis());
                    properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) OWNERSHIP_SESSION.toMillis() / 4);
                    return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
                },
                gained);
    }

    /**
     * A follower of a topic (not yet started), traced and counted.
     *
     * @param startAt the first offset to read per partition; a partition it leaves out is read from its beginning
     */
    public TopicFollower follower(
            Topic topic,
            Function<List<TopicPartition>, Map<TopicPartition, Long>> startAt,
            Consumer<List<CloudEvent<JsonNode>>> handler) {
        return new TopicFollower(
                topic.topicName(), () -> consumer("follow-" + topic.topicName()), tracing, metrics, startAt, handler);
    }

    /** A follower of a topic from its beginning (not yet started). */
    public TopicFollower followerFromBeginning(Topic topic, Consumer<List<CloudEvent<JsonNode>>> handler) {
        return follower(topic, partitions -> Map.of(), handler);
    }

    /** The end offset of every partition of a topic now: where reading resumes after a bulk load taken later. */
    public Map<TopicPartition, Long> endOffsets(Topic topic) {
        try (KafkaConsumer<String, String> consumer = consumer("offsets")) {
            return consumer.endOffsets(TopicFollower.partitions(consumer, topic.topicName()), Duration.ofSeconds(10));
        }
    }

    private Properties common(String purpose) {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, service + "-" + purpose);
        return properties;
    }
}
