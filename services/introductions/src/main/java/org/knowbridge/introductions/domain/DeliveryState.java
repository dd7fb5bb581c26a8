package org.knowbridge.introductions.domain;

/** PENDING until the receiver answered 2xx (DELIVERED) or the retry period ran out (FAILED). */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
