package org.knowbridge.introductions.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
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

    /**
     * The recommendations topic as polled batches: every first view of a firm's suggestions is an event here, so a
     * busy portal sends hundreds a second. Each partition's part of a batch is applied in one transaction, in order;
     * the offsets are committed after all of them.
     */
    @Incoming("suggestions")
    @Blocking
    public void onRecommendationEvents(ConsumerRecords<String, String> records) throws Throwable {
        for (TopicPartition partition : records.partitions()) {
            List<CloudEvent<JsonNode>> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                readable(Topic.RECOMMENDATIONS, record.value()).ifPresent(events::add);
            }
            if (!events.isEmpty()) {
                StoreOutageRetry.DEFAULT.apply(
                        "a batch of " + events.size() + " suggestion events",
                        () -> notifications.applySuggestions(events).await().atMost(WRITE_TIMEOUT));
            }
        }
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

    /** The event, counted as consumed, when it is one of this topic's with data; else empty (logged if unreadable). */
    private Optional<CloudEvent<JsonNode>> readable(Topic topic, String payload) {
        CloudEvent<JsonNode> event;
        try {
            event = CloudEventCodec.decode(payload);
        } catch (IllegalArgumentException e) {
            // A record no consumer can read would block the partition forever: log it and move on.
            LOG.warnf("Skipping an event on %s that cannot be read: %s", topic.topicName(), e.getMessage());
            metrics.consumed(topic.topicName(), EventMetrics.UNREADABLE);
            return Optional.empty();
        }
        metrics.consumed(topic.topicName(), event.shortType());
        Optional<EventType> type = EventType.fromCloudEventType(event.type());
        if (type.isEmpty()
                || type.get().topic() != topic
                || event.data() == null
                || event.data().isNull()) {
            return Optional.empty();
        }
        return Optional.of(event);
    }

    private void apply(Topic topic, String payload) throws Throwable {
        Optional<CloudEvent<JsonNode>> readable = readable(topic, payload);
        if (readable.isEmpty()) {
            return;
        }
        CloudEvent<JsonNode> event = readable.get();
        Optional<EventType> type = EventType.fromCloudEventType(event.type());
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
