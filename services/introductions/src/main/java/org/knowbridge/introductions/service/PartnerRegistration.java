package org.knowbridge.introductions.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner organisation's registration: the contact it shares once it accepts an introduction. */
public record PartnerRegistration(
        @NotBlank @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail) {}
