package org.knowbridge.introductions.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;

/** A recipient's decline: a structured reason, and a text (required for OTHER). */
public record DeclineInput(
        @NotNull IntroductionDeclineReason reason,
        @Size(max = 1000) String text) {}
