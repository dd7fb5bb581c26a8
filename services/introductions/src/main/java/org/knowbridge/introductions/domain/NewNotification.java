package org.knowbridge.introductions.domain;

/** A notification an event makes for one audience; {@code data} is JSON text. */
public record NewNotification(String audience, NotificationKind kind, String subject, String data) {}
