package org.knowbridge.partnergraph.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.knowbridge.contracts.vocabulary.Outcome;

/** How a collaboration ended: the year, and what it brought when that is known by now. */
public record EndCollaborationInput(
        @NotNull @Min(1900) @Max(2100) Integer endYear, Outcome outcome) {}
