package org.knowbridge.partnergraph.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.OrganisationType;

/** The writable fields of an organisation. */
public record OrganisationInput(
        @NotBlank @Size(max = 300) String name,
        @NotNull @Country String country,
        @NotNull OrganisationType type,
        boolean sme,

        @Pattern(
                regexp = "[A-U]?[0-9]{2}(\\.[0-9]{1,2})?|[A-U]",
                message = "must be a NACE Rev. 2 code, e.g. C26 or 62.01")
        String sector) {}
