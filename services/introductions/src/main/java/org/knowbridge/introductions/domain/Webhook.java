package org.knowbridge.introductions.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A webhook subscription; {@code secret} signs its deliveries and is shown only at creation. */
public record Webhook(
        UUID id,
        String audience,
        String createdBy,
        String url,
        List<NotificationKind> eventTypes,
        String secret,
        WebhookStatus status,
        String pausedReason,
        int consecutiveFailures,
        OffsetDateTime createdAt) {}
