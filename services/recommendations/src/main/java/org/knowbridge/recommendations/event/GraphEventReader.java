package org.knowbridge.recommendations.event;

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
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.messaging.KafkaClients;
import org.knowbridge.platform.messaging.TopicFollower;
import org.knowbridge.recommendations.domain.GraphChange;
import org.knowbridge.recommendations.domain.GraphVocabulary;
import org.knowbridge.recommendations.service.Projection;
import org.knowbridge.recommendations.service.RecommendationRefresher;

/**
 * Applies partner-graph's events ({@code knowbridge.collaborations.v1}) to the projection, one polled batch at
 * a time, from where the bulk load left off, and has the affected firms ranked again. It reads only the
 * fields it needs, so partner-graph may add others.
 */
@ApplicationScoped
public class GraphEventReader {

    private final KafkaClients kafka;
    private final Projection projection;
    private final RecommendationRefresher refresher;
    private TopicFollower follower;

    public GraphEventReader(KafkaClients kafka, Projection projection, RecommendationRefresher refresher) {
        this.kafka = kafka;
        this.projection = projection;
        this.refresher = refresher;
    }

    /** Where the topic ends now: taken before a bulk load, it is where reading must start after it. */
    public Map<TopicPartition, Long> endOffsets() {
        return kafka.endOffsets(Topic.COLLABORATIONS);
    }

    /** (Re)starts following the topic from these offsets. */
    public synchronized void followFrom(Map<TopicPartition, Long> offsets) {
        stop();
        follower = kafka.follower(Topic.COLLABORATIONS, partitions -> offsets, this::apply).start();
    }

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
        events.forEach(event -> change(event).ifPresent(changes::add));
        Instant changedAt = events.stream().map(CloudEvent::time).filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant).min(Comparator.naturalOrder()).orElse(null);
        refresher.graphChanged(projection.apply(changes), changedAt);
    }

    static Optional<GraphChange> change(CloudEvent<JsonNode> event) {
        JsonNode data = event.data();
        if (data == null || !data.path("key").isTextual()) {
            return Optional.empty();
        }
        return switch (event.shortType()) {
            case "OrganisationUpserted" -> Optional.of(new GraphChange.OrganisationUpserted(GraphJson.organisation(data)));
            case "CollaborationRecorded" -> Optional.of(new GraphChange.CollaborationRecorded(GraphJson.collaboration(data)));
            case "CollaborationEnded" -> Optional.of(new GraphChange.CollaborationEnded(data.path("key").asText(),
                    data.path("endYear").asInt(), GraphVocabulary.outcome(data.path("outcome").asText()),
                    JsonFields.strings(data.path("organisationKeys"))));
            default -> Optional.empty();
        };
    }
}
