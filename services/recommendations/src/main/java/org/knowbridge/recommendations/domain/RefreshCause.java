package org.knowbridge.recommendations.domain;

/** Why a firm's suggestions were ranked again; carried by the published event. */
public enum RefreshCause {
    COLLABORATION_CHANGED,
    FIRM_CHANGED,
    FEEDBACK_GIVEN
}
