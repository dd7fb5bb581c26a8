package org.knowbridge.contracts.vocabulary;

/** Why the recipient of an introduction declined it: structured, so declines can be counted; OTHER needs a text. */
public enum IntroductionDeclineReason {
    NOT_RELEVANT,
    TOO_EARLY,
    NO_CAPACITY,
    COMMERCIAL_ROUTE_UNCLEAR,
    OTHER
}
