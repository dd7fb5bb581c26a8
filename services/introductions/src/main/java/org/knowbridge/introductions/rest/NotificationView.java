package org.knowbridge.introductions.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.Notification;

/** One notification, as its reader sees it. */
@Schema(name = "Notification")
public record NotificationView(
        String id,

        @Schema(
                description = "SUGGESTIONS_NEW, SUGGESTIONS_CHANGED, INTRODUCTION_RECEIVED, INTRODUCTION_ANSWERED, "
                        + "INTRODUCTION_EXPIRED, COLLABORATION_CLAIM_RECEIVED (once the claim is decided, its data "
                        + "has the outcome and decidedAt, and no confirmPath or rejectPath), "
                        + "COLLABORATION_CLAIM_CONFIRMED or COLLABORATION_CLAIM_REJECTED")
        String kind,

        @Schema(
                description =
                        "The object it is about: the firm id of suggestions, an introduction id, a collaboration key")
        String subject,

        @Schema(type = SchemaType.OBJECT, description = "What happened, by kind (see docs/notifications.md)")
        Map<String, Object> data,

        OffsetDateTime occurredAt,
        boolean read) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    static NotificationView of(Notification n) {
        Map<String, Object> data;
        try {
            data = JSON.readValue(n.data(), MAP);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored notification is not JSON: " + n.id(), e);
        }
        return new NotificationView(
                n.id().toString(), n.kind().name(), n.subject(), data, n.occurredAt(), n.readAt() != null);
    }

    /** A page of the feed. */
    @Schema(name = "NotificationPage")
    public record Page(
            java.util.List<NotificationView> items,

            @Schema(description = "Pass as cursor for the next (older) page; null on the last")
            String nextCursor) {}

    /** The unread count. */
    @Schema(name = "NotificationCount")
    public record Count(long unread) {}

    /** How many were marked read, and how many are still unread. */
    @Schema(name = "NotificationsRead")
    public record Read(int marked, long unread) {}
}
