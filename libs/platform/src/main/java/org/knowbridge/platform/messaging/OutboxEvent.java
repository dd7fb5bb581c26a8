package org.knowbridge.platform.messaging;

import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;

/**
 * An event in a service's outbox: written in the transaction of the change it reports, sent to Kafka by the
 * {@link OutboxRelay} exactly as stored.
 *
 * @param id          the event's id in the store (the CloudEvent id where the store has no ids of its own)
 * @param key         the Kafka record key: the aggregate's id, which keeps its events in order
 * @param type        the event's short type, e.g. {@code OrganisationUpserted}
 * @param payload     the CloudEvent as encoded by {@link CloudEventCodec}
 * @param traceparent the W3C trace context of the request that made the change, null when it was not traced
 */
public record OutboxEvent(String id, String topic, String key, String type, String payload, String traceparent) {

    /** An event to store, keyed by its subject. */
    public static OutboxEvent of(Topic topic, CloudEvent<?> event, String traceparent) {
        return new OutboxEvent(
                event.id(),
                topic.topicName(),
                event.subject(),
                event.shortType(),
                CloudEventCodec.encode(event),
                traceparent);
    }
}
