package org.knowbridge.introductions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;

/**
 * A firm's expression of interest in an organisation.
 *
 * @param firmId            the requesting firm: an SME user's own (may be left out), or one its agency onboarded
 * @param suggestionReasons why the platform suggested the organisation, as the suggestion said; empty or absent
 *                          when the firm found it by search
 */
public record IntroductionInput(
        @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a firm id (a UUID)")
        String firmId,

        @NotNull @BusinessKey(message = "must be an organisation key, e.g. cordis:999908587")
        String organisationKey,

        @NotBlank @Size(max = 1000) String offers,
        @NotBlank @Size(max = 1000) String seeks,
        @NotNull KnowledgeChannel channel,
        @NotBlank @Size(max = 2000) String message,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> suggestionReasons) {}
