package org.knowbridge.introductions.domain;

/**
 * Where an introduction stands. REQUESTED is the only open state; the recipient answers it (ACCEPTED or DECLINED),
 * the requester may withdraw it, or it expires. After acceptance either side records the outcome.
 */
public enum IntroductionState {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    EXPIRED,
    MEETING_HELD,
    AGREEMENT_SIGNED;

    /** Accepted, with or without an outcome: both sides see each other's contacts. */
    public boolean accepted() {
        return this == ACCEPTED || this == MEETING_HELD || this == AGREEMENT_SIGNED;
    }
}
