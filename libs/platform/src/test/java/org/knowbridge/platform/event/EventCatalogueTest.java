package org.knowbridge.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.platform.testing.EventSchemas;
import org.knowbridge.platform.testing.RealStack;
import org.yaml.snakeyaml.Yaml;

/**
 * Every event type of the contracts module is documented where consumers look: a JSON Schema of its own name that
 * loads, a message of its topic's channel in api-specs/asyncapi.yaml, and a send operation that publishes it.
 */
class EventCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventTypeHasASchemaAndIsPublishedOnItsTopicsChannel() throws IOException {
        Map<String, Object> asyncApi = asyncApi();
        Map<String, Map<String, Object>> channels = section(asyncApi, "channels");
        Map<String, Map<String, Object>> operations = section(asyncApi, "operations");
        Map<String, Map<String, Object>> messages =
                section(section(asyncApi, "components").get("messages"), null);
        for (EventType type : EventType.values()) {
            String name = type.name();
            // Loads the schema (a missing or broken one throws) and checks a bare envelope against it.
            assertTrue(
                    !EventSchemas.violations(JSON.createObjectNode().put("type", type.cloudEventType()))
                            .isEmpty(),
                    name + ": its schema requires the envelope");

            String channel = channels.entrySet().stream()
                    .filter(c -> type.topic().topicName().equals(c.getValue().get("address")))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no channel for " + type.topic()));
            assertTrue(
                    section(channels.get(channel), "messages").containsKey(name),
                    name + " is no message of channel " + channel);
            assertEquals(
                    "./events/" + name + ".schema.json",
                    ((Map<?, ?>) ((Map<?, ?>) messages.get(name).get("payload")).get("schema")).get("$ref"),
                    name + "'s message names its schema");

            String ref = "#/channels/" + channel + "/messages/" + name;
            assertTrue(
                    operations.values().stream()
                            .filter(o -> "send".equals(o.get("action")))
                            .anyMatch(o -> refs(o).contains(ref)),
                    name + " is published by no send operation");
        }
    }

    private static Map<String, Object> asyncApi() throws IOException {
        try (Reader reader = Files.newBufferedReader(RealStack.repositoryRoot().resolve("api-specs/asyncapi.yaml"))) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> section(Object parent, String key) {
        Object value = key == null ? parent : ((Map<String, Object>) parent).get(key);
        return (Map<String, Map<String, Object>>) value;
    }

    private static List<Object> refs(Map<String, Object> operation) {
        Object messages = operation.get("messages");
        if (!(messages instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(m -> ((Map<?, ?>) m).get("$ref"))
                .map(Object.class::cast)
                .toList();
    }
}
