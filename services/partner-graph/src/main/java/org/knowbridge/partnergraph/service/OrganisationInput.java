package org.knowbridge.partnergraph.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.NaceCode;
import org.knowbridge.contracts.vocabulary.OrganisationType;

/** The writable fields of an organisation. */
public record OrganisationInput(
        @NotBlank @Size(max = 300) String name,
        @NotNull @Country String country,
        @NotNull OrganisationType type,
        boolean sme,
        @NaceCode String sector) {}
