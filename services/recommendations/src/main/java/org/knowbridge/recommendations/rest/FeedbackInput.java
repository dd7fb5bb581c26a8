package org.knowbridge.recommendations.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.recommendations.domain.Verdict;

/**
 * A firm's word on one suggested partner.
 *
 * @param reason required when declining, refused when accepting
 */
public record FeedbackInput(
        @NotNull Verdict verdict,
        DeclineReason reason,
        @Size(max = 500) String comment) {}
