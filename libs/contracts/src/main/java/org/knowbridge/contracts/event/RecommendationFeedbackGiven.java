package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;

/**
 * The data of RecommendationFeedbackGiven: a firm's latest word on one suggested partner.
 *
 * @param verdict ACCEPTED or DECLINED
 * @param reason  why a partner was declined; null otherwise
 */
public record RecommendationFeedbackGiven(
        String firmId,
        String partnerId,
        String verdict,
        String reason,
        String comment,
        String givenBy,
        OffsetDateTime givenAt) {}
