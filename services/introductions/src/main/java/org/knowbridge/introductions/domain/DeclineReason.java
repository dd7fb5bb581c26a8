package org.knowbridge.introductions.domain;

/** Why a recipient declined: structured, so declines can be counted; OTHER needs a text. */
public enum DeclineReason {
    NOT_RELEVANT,
    TOO_EARLY,
    NO_CAPACITY,
    COMMERCIAL_ROUTE_UNCLEAR,
    OTHER
}
