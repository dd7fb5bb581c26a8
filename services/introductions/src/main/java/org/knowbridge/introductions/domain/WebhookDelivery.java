package org.knowbridge.introductions.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One notification sent (or to be sent) to one subscription, with how its attempts went. */
public record WebhookDelivery(
        UUID id,
        UUID subscriptionId,
        UUID notificationId,
        NotificationKind eventType,
        String objectKey,
        String payload,
        DeliveryState state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        Integer lastStatus,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt) {}
