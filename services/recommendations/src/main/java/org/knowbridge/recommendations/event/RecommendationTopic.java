package org.knowbridge.recommendations.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
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

    Properties clientProperties() {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, "recommendations");
        return properties;
    }
}
