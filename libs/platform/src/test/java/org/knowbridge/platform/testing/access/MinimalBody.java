package org.knowbridge.platform.testing.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The smallest body a JSON schema of an OpenAPI document accepts, as far as the schema says: only the
 * required properties, each the first enum value, the minimum, {@code true}, an empty list or a short text.
 * Fixtures give the body themselves where the service checks more than the schema says.
 */
final class MinimalBody {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MinimalBody() {}

    @SuppressWarnings("unchecked")
    static JsonNode of(Object schemaNode, Map<String, Object> document) {
        Map<String, Object> schema = resolve((Map<String, Object>) schemaNode, document);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return JSON.textNode(String.valueOf(values.get(0)));
        }
        String type = String.valueOf(schema.getOrDefault("type", "object"));
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                    Object property = properties.get(String.valueOf(required));
                    object.set(
                            String.valueOf(required), property == null ? JSON.textNode("x") : of(property, document));
                }
                yield object;
            }
            case "array" -> JSON.arrayNode();
            case "boolean" -> JSON.booleanNode(true);
            case "integer" -> JSON.numberNode(((Number) schema.getOrDefault("minimum", 1)).longValue());
            case "number" -> JSON.numberNode(((Number) schema.getOrDefault("minimum", 1)).doubleValue());
            default -> JSON.textNode("x");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> document) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        Object node = document;
        for (String part : String.valueOf(ref).substring(2).split("/")) {
            node = ((Map<String, Object>) node).get(part);
        }
        return resolve((Map<String, Object>) node, document);
    }
}
