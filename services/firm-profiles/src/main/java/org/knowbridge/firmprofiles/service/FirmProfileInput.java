package org.knowbridge.firmprofiles.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.NaceCode;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * A firm's profile as given to create or replace it. Only the legal name and country are required; an
 * absent figure means "not known". Status and consent have their own operations.
 */
public record FirmProfileInput(
        @NotBlank @Size(max = 300) String legalName,
        @NotNull @Country String country,

        @Pattern(regexp = "[A-Za-z]{2}[A-Za-z0-9]{0,3}", message = "must be a NUTS code, e.g. FI1B1")
        String nutsRegion,

        @NaceCode String sector,

        @Min(0) @Max(10_000_000) Integer employees,
        @Min(0) @Max(1_000_000_000_000L) Long turnoverEur,
        @Min(1800) @Max(2100) Integer foundingYear,
        @DecimalMin("0.0") @DecimalMax("1.0") Double exportShare,
        @DecimalMin("0.0") @DecimalMax("1.0") Double rdIntensity,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> knowledgeAreasOffered,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> knowledgeAreasSought,
        @Size(max = 60) List<@NotNull @Country String> targetCountries,
        @Size(max = 9) List<@NotNull PartnerKind> preferredPartnerKinds,
        @Size(max = 7) List<@NotNull KnowledgeChannel> preferredChannels) {

    public static FirmProfileInput named(String legalName, String country) {
        return new FirmProfileInput(
                legalName, country, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
