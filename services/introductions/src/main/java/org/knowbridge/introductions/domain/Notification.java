package org.knowbridge.introductions.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification of one audience ({@code firm:<firm id>} or {@code org:<org_id>}).
 *
 * @param seq  its place in the audience's feed, newest highest
 * @param data what the reader may see, as JSON text
 */
public record Notification(
        UUID id,
        long seq,
        NotificationKind kind,
        String subject,
        String data,
        OffsetDateTime occurredAt,
        OffsetDateTime readAt) {}
