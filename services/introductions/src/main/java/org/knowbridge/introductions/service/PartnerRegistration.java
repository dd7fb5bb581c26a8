package org.knowbridge.introductions.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.knowbridge.contracts.vocabulary.Country;
import org.knowbridge.contracts.vocabulary.OrganisationType;

/**
 * A partner organisation's registration: the contact it shares once it accepts an introduction, and (optional)
 * where it is and what it is, so the introductions it receives count in the agencies' indicators by country and type.
 */
public record PartnerRegistration(
        @NotBlank @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Country String country,
        OrganisationType type) {}
