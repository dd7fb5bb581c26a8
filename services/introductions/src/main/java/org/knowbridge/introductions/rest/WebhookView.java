package org.knowbridge.introductions.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.introductions.domain.Webhook;
import org.knowbridge.introductions.domain.WebhookDelivery;

/** A webhook subscription; its secret only in the answer to its creation. */
@Schema(name = "Webhook")
public record WebhookView(
        String id,
        String url,
        List<String> eventTypes,

        @Schema(description = "ACTIVE, or PAUSED after failing too often in a row (see pausedReason)")
        String status,

        String pausedReason,
        int consecutiveFailures,
        OffsetDateTime createdAt,

        @Schema(
                description = "Signs every delivery (see docs/notifications.md). Only in the answer to the creation: "
                        + "keep it, it is never shown again")
        String secret) {

    static WebhookView of(Webhook w, boolean withSecret) {
        return new WebhookView(
                w.id().toString(),
                w.url(),
                w.eventTypes().stream().map(Enum::name).toList(),
                w.status().name(),
                w.pausedReason(),
                w.consecutiveFailures(),
                w.createdAt(),
                withSecret ? w.secret() : null);
    }

    /** One entry of the delivery log. */
    @Schema(name = "WebhookDelivery")
    public record Delivery(
            String id,
            String notificationId,
            String eventType,

            @Schema(description = "The object it is about; its deliveries are sent in order")
            String objectKey,

            @Schema(description = "PENDING, DELIVERED or FAILED (retry period over)")
            String state,

            int attempts,
            OffsetDateTime nextAttemptAt,

            @Schema(description = "The receiver's HTTP status at the last attempt")
            Integer lastStatus,

            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt,
            @Schema(description = "The exact body posted") String payload) {

        static Delivery of(WebhookDelivery d) {
            return new Delivery(
                    d.id().toString(),
                    d.notificationId().toString(),
                    d.eventType().name(),
                    d.objectKey(),
                    d.state().name(),
                    d.attempts(),
                    d.nextAttemptAt(),
                    d.lastStatus(),
                    d.lastError(),
                    d.createdAt(),
                    d.deliveredAt(),
                    d.payload());
        }
    }
}
