package org.knowbridge.introductions.service;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knowbridge.introductions.domain.NotificationKind;

/**
 * A new subscription: where to post, and which notification kinds.
 *
 * @param url https, public (see the URL policy); checked beyond its length by the service
 */
public record WebhookInput(
        @NotNull @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<@NotNull NotificationKind> eventTypes) {}
