package org.knowbridge.partnergraph.event;

import java.util.Map;

/**
 * An event waiting in the graph to be relayed to Kafka: written in the same transaction as the change it
 * reports, so a change and its event commit together or not at all.
 *
 * @param key     the Kafka record key: the aggregate's business key, which keeps its events in order
 * @param payload the CloudEvent, serialised
 */
public record OutboxEvent(String id, String topic, String key, String type, String payload) {

    public Map<String, Object> asParameters() {
        return Map.of("id", id, "topic", topic, "key", key, "type", type, "payload", payload);
    }
}
