package org.knowbridge.firmprofiles.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an agency or an SME gives to create a firm. */
public record NewFirm(
        @NotBlank @Size(max = 300) String legalName,
        @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. FI") String country) {
}
