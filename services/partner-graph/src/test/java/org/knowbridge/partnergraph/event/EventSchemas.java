package org.knowbridge.partnergraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.knowbridge.platform.testing.RealStack;

/**
 * Checks an event against its JSON Schema under api-specs/events: the envelope and the data carry exactly
 * the declared properties, every required one, and values within each declared enum or const.
 */
final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {}

    static void assertConforms(String eventType, JsonNode event) throws IOException {
        JsonNode schema = JSON.readTree(RealStack.repositoryRoot()
                .resolve("api-specs/events/" + eventType + ".schema.json")
                .toFile());
        assertObject(schema, event, "event");
        assertObject(schema.path("properties").path("data"), event.path("data"), "data");
    }

    private static void assertObject(JsonNode schema, JsonNode value, String where) {
        Set<String> declared = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> present = new TreeSet<>();
        value.fieldNames().forEachRemaining(present::add);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertTrue(present.containsAll(required), where + " lacks required " + required + ", has " + present);
        assertTrue(declared.containsAll(present), where + " has undeclared fields: " + present + " vs " + declared);
        for (String field : present) {
            JsonNode property = schema.path("properties").path(field);
            if (property.has("const")) {
                assertEquals(property.get("const").asText(), value.get(field).asText(), where + "." + field);
            }
            if (property.has("enum")) {
                Set<String> allowed = new TreeSet<>();
                property.get("enum").forEach(e -> allowed.add(e.asText()));
                assertTrue(allowed.contains(value.get(field).asText()), where + "." + field + " = " + value.get(field));
            }
        }
    }
}
