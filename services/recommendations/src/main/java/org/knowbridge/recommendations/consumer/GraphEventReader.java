package org.knowbridge.recommendations.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.CollaborationEnded;
import org.knowbridge.contracts.event.CollaborationRecorded;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.OrganisationErased;
import org.knowbridge.contracts.event.OrganisationUpserted;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.GraphChange;
import org.knowbridge.recommendations.domain.GraphJson;
import org.knowbridge.recommendations.service.GraphEventSource;
import org.knowbridge.recommendations.service.Projection;
import org.knowbridge.recommendations.service.RecommendationRefresher;

/**
 * Applies partner-graph's events ({@link Topic#COLLABORATIONS}) to the projection, one polled batch at
 * a time, from where the bulk load left off, and has the affected firms ranked again. It reads only the
 * fields it needs, so partner-graph may add others.
 */
@ApplicationScoped
public class GraphEventReader implements GraphEventSource {

    private static final Logger LOG = Logger.getLogger(GraphEventReader.class);

    private final KafkaClients kafka;
    private final Projection projection;
    private final RecommendationRefresher refresher;
    private TopicFollower follower;

    public GraphEventReader(KafkaClients kafka, Projection projection, RecommendationRefresher refresher) {
        this.kafka = kafka;
        this.projection = projection;
        this.refresher = refresher;
    }

    @Override
    public Map<TopicPartition, Long> endOffsets() {
        return kafka.endOffsets(Topic.COLLABORATIONS);
    }

    @Override
    public synchronized void followFrom(Map<TopicPartition, Long> offsets) {
        stop();
        follower = kafka.follower(Topic.COLLABORATIONS, partitions -> offsets, this::apply)
                .whenQuiet(projection::catchUp)
                .start();
    }

    @Override
    public synchronized void stop() {
        if (follower != null) {
            follower.stop();
            follower = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    private void apply(List<CloudEvent<JsonNode>> events) {
        List<GraphChange> changes = new ArrayList<>(events.size());
        for (CloudEvent<JsonNode> event : events) {
            try {
                change(event).ifPresent(changes::add);
            } catch (IllegalArgumentException e) {
                // One unreadable event must not hold up every later change of the graph.
                LOG.errorf("Skipping graph event %s: %s", event.id(), e.getMessage());
            }
        }
        Instant changedAt = events.stream()
                .map(CloudEvent::time)
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .min(Comparator.naturalOrder())
                .orElse(null);
        refresher.graphChanged(projection.apply(changes), changedAt);
    }

    static Optional<GraphChange> change(CloudEvent<JsonNode> event) {
        return switch (EventType.fromCloudEventType(event.type()).orElse(null)) {
            case OrganisationUpserted ->
                Optional.of(CloudEventCodec.data(event, OrganisationUpserted.class))
                        .filter(o -> o.key() != null)
                        .map(o -> new GraphChange.OrganisationUpserted(GraphJson.organisation(o, List.of())));
            case CollaborationRecorded ->
                Optional.of(CloudEventCodec.data(event, CollaborationRecorded.class))
                        .filter(c -> c.key() != null)
                        .map(c -> new GraphChange.CollaborationRecorded(GraphJson.collaboration(c, List.of())));
            case CollaborationEnded ->
                Optional.of(CloudEventCodec.data(event, CollaborationEnded.class))
                        .filter(c -> c.key() != null)
                        .map(c -> new GraphChange.CollaborationEnded(
                                c.key(), c.endYear(), GraphJson.outcome(c.outcome()), c.organisationKeys()));
            case OrganisationErased ->
                Optional.of(CloudEventCodec.data(event, OrganisationErased.class))
                        .filter(o -> o.key() != null)
                        .map(o -> new GraphChange.OrganisationErased(o.key(), o.firmId(), o.mergedInto()));
            case null, default -> Optional.empty();
        };
    }
}
