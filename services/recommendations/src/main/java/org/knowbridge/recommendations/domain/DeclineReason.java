package org.knowbridge.recommendations.domain;

/** Why a suggestion was declined; kept so the ranker can learn from it later. */
public enum DeclineReason {
    NOT_RELEVANT,
    TOO_FAR,
    ALREADY_IN_CONTACT,
    OTHER
}
