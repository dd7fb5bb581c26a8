package org.knowbridge.recommendations.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where this service's events go, and how its plain Kafka clients connect. */
@ApplicationScoped
public class RecommendationTopic {

    public static final String FEEDBACK_GIVEN = "RecommendationFeedbackGiven";

    private final String name;
    private final String bootstrapServers;

    public RecommendationTopic(@ConfigProperty(name = "knowbridge.recommendations.topic") String name,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.name = name;
        this.bootstrapServers = bootstrapServers;
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
