package org.knowbridge.introductions.domain;

/** ACTIVE subscriptions are sent to; PAUSED ones keep collecting deliveries until resumed. */
public enum WebhookStatus {
    ACTIVE,
    PAUSED
}
