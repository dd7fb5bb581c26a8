package org.knowbridge.systemtests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/** Values for a JSON schema of a contract: one that satisfies it, and ways to break it. */
final class SchemaValues {

    /** Stands for the bytes of a lone surrogate in UTF-8 (ED A0 80): no Java string can be encoded as them. */
    static final String RAW_LONE_SURROGATE = "@@fuzz-raw-lone-surrogate@@";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // Tried in turn against a string's pattern and bounds: most of the contracts' keys, codes and texts.
    private static final List<String> STRING_CANDIDATES =
            List.of("Fuzz value", "FI", "cordis:999662989", "fuzz-key", "abc", "C.26.1", "FI1B1", "2025", "en", "x");

    private SchemaValues() {}

    /** A breaking change to one value: what it is, for the reproducer, and the value sent instead. */
    record Mutation(String label, JsonNode value) {}

    static String type(Schema<?> schema) {
        if (schema == null) {
            return "object";
        }
        if (schema.getTypes() != null) {
            for (String type : schema.getTypes()) {
                if (!"null".equals(type)) {
                    return type;
                }
            }
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        for (List<Schema> choices : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema<?> choice : choices) {
                    String type = type(choice);
                    if (!"null".equals(type)) {
                        return type;
                    }
                }
            }
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    /** The schema itself, or the first alternative of an allOf/oneOf/anyOf that carries a type. */
    static Schema<?> concrete(Schema<?> schema) {
        if (schema == null || schema.getTypes() != null || schema.getType() != null) {
            return schema;
        }
        for (List<Schema> choices : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null && !choices.isEmpty()) {
                return concrete(choices.get(0));
            }
        }
        return schema;
    }

    static JsonNode valid(Schema<?> schema, Random random) {
        Schema<?> s = concrete(schema);
        if (s != null && s.getEnum() != null && !s.getEnum().isEmpty()) {
            Object choice = s.getEnum().get(random.nextInt(s.getEnum().size()));
            return choice == null ? JSON.nullNode() : text(choice);
        }
        return switch (type(s)) {
            case "integer" -> JSON.numberNode(integerWithin(s, random));
            case "number" -> JSON.numberNode(integerWithin(s, random));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "array" -> array(s, random);
            case "object" -> object(s, random);
            default -> JSON.textNode(validString(s, random));
        };
    }

    private static JsonNode text(Object value) {
        if (value instanceof Number number) {
            return JSON.numberNode(new BigDecimal(number.toString()));
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        return JSON.textNode(String.valueOf(value));
    }

    private static ArrayNode array(Schema<?> s, Random random) {
        ArrayNode array = JSON.arrayNode();
        int min = s.getMinItems() == null ? 0 : s.getMinItems();
        int max = s.getMaxItems() == null ? min + 2 : Math.min(s.getMaxItems(), min + 2);
        int size = min + random.nextInt(max - min + 1);
        for (int i = 0; i < size; i++) {
            array.add(valid(s.getItems(), random));
        }
        return array;
    }

    private static ObjectNode object(Schema<?> s, Random random) {
        ObjectNode object = JSON.objectNode();
        if (s == null || s.getProperties() == null) {
            return object;
        }
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        for (Map.Entry<String, Schema> property : s.getProperties().entrySet()) {
            if (required.contains(property.getKey()) || random.nextBoolean()) {
                object.set(property.getKey(), valid(property.getValue(), random));
            }
        }
        return object;
    }

    static long integerWithin(Schema<?> s, Random random) {
        long min = bound(s.getMinimum(), s.getExclusiveMinimumValue(), 1, 0);
        long max = bound(s.getMaximum(), s.getExclusiveMaximumValue(), -1, min + 100);
        if (s.getMaximum() == null && s.getExclusiveMaximumValue() == null && min > 1000) {
            max = min + 10; // years and the like
        }
        return max <= min ? min : min + (long) (random.nextDouble() * (max - min + 1));
    }

    private static long bound(BigDecimal inclusive, BigDecimal exclusive, int step, long otherwise) {
        if (inclusive != null) {
            return inclusive.longValue();
        }
        return exclusive != null ? exclusive.longValue() + step : otherwise;
    }

    static String validString(Schema<?> s, Random random) {
        String format = s == null ? null : s.getFormat();
        if (format != null) {
            switch (format) {
                case "uuid" -> {
                    return new UUID(random.nextLong(), random.nextLong()).toString();
                }
                case "date" -> {
                    return "2025-0" + (1 + random.nextInt(9)) + "-15";
                }
                case "date-time" -> {
                    return "2025-03-15T10:00:00Z";
                }
                case "email" -> {
                    return "fuzz@example.org";
                }
                case "uri", "url" -> {
                    return "https://example.org/fuzz";
                }
                default -> {}
            }
        }
        for (String candidate : STRING_CANDIDATES) {
            if (fits(s, candidate)) {
                return candidate;
            }
        }
        int length = s != null && s.getMinLength() != null ? s.getMinLength() : 1;
        return "a".repeat(Math.max(1, length));
    }

    static boolean fits(Schema<?> s, String value) {
        if (s == null) {
            return true;
        }
        if (s.getMinLength() != null && value.length() < s.getMinLength()) {
            return false;
        }
        if (s.getMaxLength() != null && value.length() > s.getMaxLength()) {
            return false;
        }
        return s.getPattern() == null
                || Pattern.compile(s.getPattern()).matcher(value).find();
    }

    /** Values the schema refuses; each one a request that must change nothing. */
    static List<Mutation> invalid(Schema<?> schema, boolean required) {
        Schema<?> s = concrete(schema);
        List<Mutation> mutations = new ArrayList<>();
        if (required) {
            mutations.add(new Mutation("null for a required value", JSON.nullNode()));
        }
        if (s != null && s.getEnum() != null && !s.getEnum().isEmpty()) {
            mutations.add(new Mutation("a value outside the enum", JSON.textNode("NOT_IN_THE_ENUM")));
        }
        switch (type(s)) {
            case "integer", "number" -> {
                // Jackson turns a numeric string or a float into a number: only text and objects are refused.
                mutations.add(new Mutation("text for a number", JSON.textNode("twelve")));
                mutations.add(
                        new Mutation("an object for a number", JSON.objectNode().put("n", 1)));
                mutations.add(new Mutation("a number beyond 64 bits", JSON.numberNode(new BigDecimal("1e40"))));
                if (s.getMinimum() != null) {
                    mutations.add(new Mutation(
                            "below the minimum", JSON.numberNode(s.getMinimum().longValue() - 1)));
                }
                if (s.getMaximum() != null) {
                    mutations.add(new Mutation(
                            "above the maximum", JSON.numberNode(s.getMaximum().longValue() + 1)));
                }
            }
            case "boolean" -> mutations.add(new Mutation("text for a boolean", JSON.textNode("maybe")));
            case "array" -> {
                mutations.add(new Mutation("an object for an array", JSON.objectNode()));
                if (s.getMaxItems() != null) {
                    ArrayNode tooMany = JSON.arrayNode();
                    for (int i = 0; i <= s.getMaxItems(); i++) {
                        tooMany.add(valid(s.getItems(), new Random(i)));
                    }
                    mutations.add(new Mutation("more items than maxItems", tooMany));
                }
                mutations.add(new Mutation("an item with NUL", JSON.arrayNode().add("a\u0000b")));
            }
            case "object" -> mutations.add(new Mutation("a number for an object", JSON.numberNode(42)));
            default -> mutations.addAll(invalidStrings(s));
        }
        return mutations;
    }

    private static List<Mutation> invalidStrings(Schema<?> s) {
        List<Mutation> mutations = new ArrayList<>();
        // Jackson turns numbers and booleans into text: only containers are refused as strings.
        mutations.add(new Mutation("an array for a string", JSON.arrayNode().add(1)));
        mutations.add(new Mutation("an object for a string", JSON.objectNode()));
        mutations.add(new Mutation("a NUL character", JSON.textNode("Fuzz\u0000value")));
        mutations.add(new Mutation("a lone surrogate (JSON escape)", JSON.textNode("Fuzz\uD800value")));
        mutations.add(new Mutation("a lone surrogate (raw bytes)", JSON.textNode(RAW_LONE_SURROGATE)));
        if (s != null && s.getMaxLength() != null) {
            mutations.add(new Mutation("longer than maxLength", JSON.textNode("y".repeat(s.getMaxLength() + 1))));
        }
        if (s != null && s.getMinLength() != null && s.getMinLength() > 0) {
            mutations.add(new Mutation("shorter than minLength", JSON.textNode("")));
        }
        if (s != null && s.getPattern() != null) {
            for (String candidate : List.of("", " ", "!!", "\t\n")) {
                if (!fits(s, candidate)) {
                    mutations.add(new Mutation("not matching its pattern", JSON.textNode(candidate)));
                    break;
                }
            }
        }
        if (s != null && s.getFormat() != null) {
            mutations.add(new Mutation("not a " + s.getFormat(), JSON.textNode("not-a-" + s.getFormat())));
        }
        return mutations;
    }
}
