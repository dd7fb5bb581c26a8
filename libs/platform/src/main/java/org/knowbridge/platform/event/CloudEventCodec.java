package org.knowbridge.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * CloudEvents 1.0 structured-mode JSON, the same bytes for every producer and consumer: timestamps as
 * RFC 3339 text, absent attributes left out. Reading is tolerant: fields a reader does not know (a newer
 * producer may add some) are ignored, and absent ones read as null.
 */
public final class CloudEventCodec {

    /** The content type of a structured-mode CloudEvent, also set as the Kafka record's content-type header. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final TypeReference<CloudEvent<JsonNode>> ENVELOPE_WITH_TREE = new TypeReference<>() {};

    private CloudEventCodec() {}

    public static String encode(CloudEvent<?> event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot encode event " + event.id(), e);
        }
    }

    /** The envelope with its data left as a JSON tree, for consumers that pick the payload type by {@code type}. */
    public static CloudEvent<JsonNode> decode(String json) {
        CloudEvent<JsonNode> event;
        try {
            event = JSON.readValue(json, ENVELOPE_WITH_TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvent in JSON: " + e.getOriginalMessage(), e);
        }
        // The JSON literal null reads as no event at all; a consumer would fail on it further along.
        if (event == null) {
            throw new IllegalArgumentException("Not a CloudEvent in JSON: null");
        }
        return event;
    }

    /** The event's data read as {@code type}, for consumers that picked the type by the event's {@code type}. */
    public static <T> T data(CloudEvent<JsonNode> event, Class<T> type) {
        try {
            return JSON.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + event.id() + " does not carry a " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    e);
        }
    }
}
