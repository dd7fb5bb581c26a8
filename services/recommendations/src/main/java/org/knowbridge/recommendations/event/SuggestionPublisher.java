package org.knowbridge.recommendations.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.PartnersSuggested;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.EventPublisher;
import org.knowbridge.platform.messaging.KafkaClients;

/**
 * Publishes {@code PartnersSuggested} when a firm is shown partners for the first time, without waiting: a
 * list is never held up by Kafka, and a lost event only means that after a restart feedback on such a partner
 * is checked against the firm's current suggestions instead.
 */
@ApplicationScoped
public class SuggestionPublisher {

    private static final Logger LOG = Logger.getLogger(SuggestionPublisher.class);

    private final EventPublisher publisher;

    public SuggestionPublisher(KafkaClients kafka) {
        this.publisher = kafka.publisher("suggestions");
    }

    public void publish(String firmId, List<String> partnerKeys, OffsetDateTime suggestedAt) {
        CloudEvent<PartnersSuggested> event = CloudEvent.of(
                "recommendations",
                EventType.PartnersSuggested.name(),
                firmId,
                new PartnersSuggested(firmId, partnerKeys, suggestedAt));
        publisher.send(
                Topic.RECOMMENDATIONS,
                event,
                error -> LOG.warnf("PartnersSuggested for firm %s was not published: %s", firmId, error.getMessage()));
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
