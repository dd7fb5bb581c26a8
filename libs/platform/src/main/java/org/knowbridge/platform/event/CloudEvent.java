package org.knowbridge.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 structured-mode envelope every KnowBridge event travels in. The Kafka record key is
 * the {@link #subject()} (the aggregate's id), which keeps one aggregate's events in order.
 *
 * @param <T> the event's payload, described by the JSON Schema at {@link #dataschema()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        String id,
        URI source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        URI dataschema,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PREFIX = "org.knowbridge.";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }

    /**
     * A new event about one aggregate.
     *
     * @param service   the producing service, e.g. {@code firm-profiles}
     * @param eventType the short type, e.g. {@code FirmRegistered}
     * @param aggregate the aggregate's id, used as subject and record key
     */
    public static <T> CloudEvent<T> of(String service, String eventType, String aggregate, T data) {
        return new CloudEvent<>(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                URI.create("/knowbridge/" + service),
                TYPE_PREFIX + eventType,
                aggregate,
                OffsetDateTime.now(ZoneOffset.UTC),
                "application/json",
                URI.create("/api-specs/events/" + eventType + ".schema.json"),
                data);
    }

    /** The short type without the reverse-domain prefix, e.g. {@code FirmRegistered}. */
    public String shortType() {
        return shortType(type);
    }

    /** The short form of an event type, e.g. {@code FirmRegistered} for {@code org.knowbridge.FirmRegistered}. */
    public static String shortType(String type) {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }
}
