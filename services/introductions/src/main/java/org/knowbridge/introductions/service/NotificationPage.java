package org.knowbridge.introductions.service;

import java.util.List;
import org.knowbridge.introductions.domain.Notification;

/** One page of a feed, and the cursor of the next (null on the last). */
public record NotificationPage(List<Notification> items, String nextCursor) {}
