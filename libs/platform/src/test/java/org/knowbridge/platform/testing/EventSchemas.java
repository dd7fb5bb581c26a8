package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event schemas of {@code api-specs/events/}, the one place they are defined: tests check every event a
 * service publishes (or a test publishes in a service's place) against the schema its type names.
 * A consumer module using this needs {@code com.networknt:json-schema-validator} on its test class path.
 */
public final class EventSchemas {

    /** The schemas' own ids (and so their $refs) point here; they are read from the repository instead. */
    private static final String SCHEMA_BASE = "https://knowbridge.org/api-specs/events/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    SCHEMA_BASE,
                    RealStack.repositoryRoot()
                            .resolve("api-specs/events")
                            .toUri()
                            .toString())));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** The schema violations of a CloudEvent, empty when it conforms. */
    public static Set<ValidationMessage> violations(JsonNode event) {
        String type = event.path("type").asText().replace("org.knowbridge.", "");
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(event);
    }

    private static JsonSchema load(String type) {
        String location = SCHEMA_BASE + type + ".schema.json";
        try {
            return FACTORY.getSchema(
                    SchemaLocation.of(location),
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("No schema for event type " + type + " at " + location, e);
        }
    }
}
