package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event schemas of {@code api-specs/events/}, the one place they are defined: tests check every event a
 * service publishes (or a test publishes in a service's place) against the schema its type names.
 * A consumer module using this needs {@code com.networknt:json-schema-validator} on its test class path.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema violations of a CloudEvent, empty when it conforms. */
    public static Set<ValidationMessage> violations(JsonNode event) {
        String type = event.path("type").asText().replace("org.knowbridge.", "");
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(event);
    }

    private static JsonSchema load(String type) {
        Path file = RealStack.repositoryRoot().resolve("api-specs/events/" + type + ".schema.json");
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(file.toFile()),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException("No schema for event type " + type + " at " + file, e);
        }
    }
}
