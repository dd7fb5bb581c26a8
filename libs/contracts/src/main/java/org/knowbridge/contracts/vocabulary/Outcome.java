package org.knowbridge.contracts.vocabulary;

/** What a collaboration brought the firm. */
public enum Outcome {
    NEW_TO_MARKET_PRODUCT,
    NEW_TO_FIRM_PRODUCT,
    PROCESS_INNOVATION,
    NONE,
    UNKNOWN;

    /** Whether the collaboration is known to have led to an innovation. */
    public boolean isInnovation() {
        return this == NEW_TO_MARKET_PRODUCT || this == NEW_TO_FIRM_PRODUCT || this == PROCESS_INNOVATION;
    }
}
