package org.knowbridge.partnergraph.event;

import java.util.HashMap;
import java.util.Map;

/**
 * An event waiting in the graph to be relayed to Kafka: written in the same transaction as the change it
 * reports, so a change and its event commit together or not at all.
 *
 * @param key     the Kafka record key: the aggregate's business key, which keeps its events in order
 * @param payload     the CloudEvent, serialised
 * @param traceparent the W3C trace context of the request that made the change, null when it was not traced
 */
public record OutboxEvent(String id, String topic, String key, String type, String payload, String traceparent) {

    /** The event as Cypher parameters; {@code traceparent} is null (so no property) when the change was not traced. */
    public Map<String, Object> asParameters() {
        Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "topic", topic, "key", key, "type", type, "payload", payload));
        parameters.put("traceparent", traceparent);
        return parameters;
    }
}
