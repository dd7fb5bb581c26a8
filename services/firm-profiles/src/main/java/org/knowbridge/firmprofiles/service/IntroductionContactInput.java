package org.knowbridge.firmprofiles.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contact a firm shares with the other side of an introduction once that side accepted it, and its consent to
 * share it: without {@code consentToShare} true nothing is stored.
 */
public record IntroductionContactInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String role,
        @NotBlank @Email @Size(max = 254) String email,

        @Pattern(regexp = "\\+?[0-9 ()./-]{4,40}", message = "must be a phone number, e.g. +358 40 123 4567")
        String phone,

        @NotNull
        @AssertTrue(message = "must be true: the contact is stored only to be shared on accepted introductions")
        Boolean consentToShare) {}
