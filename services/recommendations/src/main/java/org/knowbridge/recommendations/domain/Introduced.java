package org.knowbridge.recommendations.domain;

import java.time.OffsetDateTime;

/**
 * An organisation a firm asked to be introduced to, as the introductions service last reported it.
 *
 * @param state REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED, MEETING_HELD or AGREEMENT_SIGNED
 */
public record Introduced(
        String introductionId, String firmId, String organisationKey, String state, OffsetDateTime changedAt) {

    /**
     * Open (waiting for an answer) or answered: the organisation is no longer suggested to the firm. A withdrawn
     * or expired request leaves it free to be suggested again.
     */
    public boolean keepsPartnerOut() {
        return !"WITHDRAWN".equals(state) && !"EXPIRED".equals(state);
    }
}
