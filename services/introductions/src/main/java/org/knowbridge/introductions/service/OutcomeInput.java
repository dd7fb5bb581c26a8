package org.knowbridge.introductions.service;

import jakarta.validation.constraints.NotNull;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.introductions.domain.Outcome;

/** What came of an accepted introduction; a signed agreement names its channel. */
public record OutcomeInput(@NotNull Outcome outcome, KnowledgeChannel agreementChannel) {}
