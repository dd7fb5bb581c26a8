package org.knowbridge.partnergraph.domain;

/** What a collaboration brought the firm. */
public enum Outcome {
    NEW_TO_MARKET_PRODUCT,
    NEW_TO_FIRM_PRODUCT,
    PROCESS_INNOVATION,
    NONE,
    UNKNOWN
}
