package org.knowbridge.contracts.vocabulary;

/**
 * Why an SME declined a suggested partner (the recommendations service's feedback, offered by the portal); kept so
 * the ranker can learn from it later. An introduction's recipient declines for reasons of its own (introductions).
 */
public enum DeclineReason {
    NOT_RELEVANT,
    TOO_FAR,
    ALREADY_IN_CONTACT,
    OTHER
}
