package org.knowbridge.introductions.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.introductions.service.NotificationService;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.event.StoreOutageRetry;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Feeds the inbox and webhooks from {@link Topic#RECOMMENDATIONS} (new and changed suggestions),
 * {@link Topic#INTRODUCTIONS} (this service's own transitions, read back like any consumer would) and
 * {@link Topic#COLLABORATIONS} (claims awaiting a side's confirmation, and the decisions on them; the graph's other
 * changes pass by). An offset is committed only after the event's notifications committed; a replayed event (same
 * id) makes none again.
 */
@ApplicationScoped
public class NotificationEventConsumer {

    private static final Logger LOG = Logger.getLogger(NotificationEventConsumer.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final NotificationService notifications;
    private final EventMetrics metrics;
    private final EventTracing tracing;

    public NotificationEventConsumer(NotificationService notifications, EventMetrics metrics, EventTracing tracing) {
        this.notifications = notifications;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @Incoming("suggestions")
    @Blocking
    public void onRecommendationEvent(String payload) throws Throwable {
        apply(Topic.RECOMMENDATIONS, payload);
    }

    @Incoming("introduction-events")
    @Blocking
    public void onIntroductionEvent(String payload) throws Throwable {
        apply(Topic.INTRODUCTIONS, payload);
    }

    /**
     * Partner-graph's events as polled batches, one blocking call per batch: nearly all are graph changes that
     * pass by (an import sends tens of thousands). Each claim's notifications still commit before the batch's
     * offsets.
     */
    @Incoming("collaboration-claims")
    @Blocking
    public void onCollaborationEvents(ConsumerRecords<String, String> records) throws Throwable {
        tracing.processEach(
                Topic.COLLABORATIONS.topicName(), records, record -> apply(Topic.COLLABORATIONS, record.value()));
    }

    private void apply(Topic topic, String payload) throws Throwable {
        CloudEvent<JsonNode> event;
        Optional<EventType> type;
        try {
            event = CloudEventCodec.decode(payload);
            type = EventType.fromCloudEventType(event.type());
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping an event on %s that cannot be read: %s", topic.topicName(), e.getMessage());
            metrics.consumed(topic.topicName(), EventMetrics.UNREADABLE);
            return;
        }
        metrics.consumed(topic.topicName(), event.shortType());
        if (type.isEmpty()
                || type.get().topic() != topic
                || event.data() == null
                || event.data().isNull()) {
            return;
        }
        try {
            // Until the database is back the record waits unacknowledged, so it is not lost; nor is the channel.
            StoreOutageRetry.DEFAULT.apply(
                    event.shortType() + " event " + event.id(),
                    () -> notifications.apply(event, type.get()).await().atMost(WRITE_TIMEOUT));
        } catch (IllegalArgumentException e) {
            LOG.warnf(
                    "Skipping %s event %s whose data cannot be read: %s",
                    event.shortType(), event.id(), e.getMessage());
        }
    }
}
