package org.knowbridge.recommendations.domain;

import java.time.OffsetDateTime;
import org.knowbridge.contracts.vocabulary.DeclineReason;

/**
 * A firm's latest word on one suggested partner. A declined partner is never suggested to that firm again.
 *
 * @param reason only for a {@link Verdict#DECLINED} verdict
 */
public record Feedback(
        String firmId,
        String partnerId,
        Verdict verdict,
        DeclineReason reason,
        String comment,
        String givenBy,
        OffsetDateTime givenAt) {

    public boolean declines() {
        return verdict == Verdict.DECLINED;
    }
}
