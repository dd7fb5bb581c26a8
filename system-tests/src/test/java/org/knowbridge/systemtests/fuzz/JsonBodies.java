package org.knowbridge.systemtests.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** JSON request bodies from a schema: a valid one, then broken in one place or as a whole. */
final class JsonBodies {

    // Non-ASCII written as \\u escapes: so a lone surrogate is sent as the escape, not refused by the writer.
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private JsonBodies() {}

    /** A body and what was done to it. */
    record Body(String what, byte[] bytes) {}

    static byte[] bytes(JsonNode body) {
        try {
            String json = JSON.writeValueAsString(body);
            int marker = json.indexOf(SchemaValues.RAW_LONE_SURROGATE);
            if (marker < 0) {
                return json.getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(json.substring(0, marker).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'F', 'u', 'z', 'z', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
            out.writeBytes(json.substring(marker + SchemaValues.RAW_LONE_SURROGATE.length())
                    .getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One value of a valid body replaced by one its schema refuses, or a required one left out. */
    static Body brokenField(Schema<?> schema, Random random) {
        JsonNode body = SchemaValues.valid(schema, random);
        List<Field> fields = new ArrayList<>();
        if (body instanceof ObjectNode object) {
            collect(object, SchemaValues.concrete(schema), "", fields, 0);
        }
        if (fields.isEmpty()) {
            return brokenWhole(body, true, random);
        }
        Field field = fields.get(random.nextInt(fields.size()));
        if (field.required() && random.nextInt(4) == 0) {
            field.parent().remove(field.name());
            return new Body("required " + field.path() + " left out", bytes(body));
        }
        List<SchemaValues.Mutation> mutations = SchemaValues.invalid(field.schema(), field.required());
        SchemaValues.Mutation mutation = mutations.get(random.nextInt(mutations.size()));
        field.parent().set(field.name(), mutation.value());
        return new Body(field.path() + ": " + mutation.label(), bytes(body));
    }

    private record Field(ObjectNode parent, String name, String path, Schema<?> schema, boolean required) {}

    private static void collect(ObjectNode object, Schema<?> schema, String prefix, List<Field> fields, int depth) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            String name = property.getKey();
            boolean isRequired = required.contains(name);
            if (!object.has(name)) {
                // An optional field absent from the valid body is broken by adding it.
                object.set(name, SchemaValues.valid(property.getValue(), new Random(name.hashCode())));
            }
            fields.add(new Field(object, name, prefix + name, property.getValue(), isRequired));
            if (depth < 2 && object.get(name) instanceof ObjectNode nested) {
                collect(nested, SchemaValues.concrete(property.getValue()), prefix + name + ".", fields, depth + 1);
            }
        }
    }

    /** The body broken as a whole: cut short, not JSON, too deep, or not the document expected. */
    static Body brokenWhole(JsonNode valid, boolean required, Random random) {
        byte[] bytes = bytes(valid);
        List<Body> choices = new ArrayList<>(List.of(
                new Body("truncated JSON", Arrays.copyOf(bytes, Math.max(1, random.nextInt(bytes.length)))),
                new Body("an unclosed object", "{".getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "a document followed by more",
                        (new String(bytes, StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8)),
                new Body("nested 5000 deep", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "a NUL byte after the document",
                        (new String(bytes, StandardCharsets.UTF_8) + "\u0000").getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "the wrong kind of document", (valid.isArray() ? "{}" : "[]").getBytes(StandardCharsets.UTF_8)),
                new Body("a string instead of an object", "\"text\"".getBytes(StandardCharsets.UTF_8)),
                new Body("not UTF-8", new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'})));
        if (required) {
            // Only a required body is missing when empty or null.
            choices.add(new Body("an empty body", new byte[0]));
            choices.add(new Body("null", "null".getBytes(StandardCharsets.UTF_8)));
        }
        return choices.get(random.nextInt(choices.size()));
    }
}
