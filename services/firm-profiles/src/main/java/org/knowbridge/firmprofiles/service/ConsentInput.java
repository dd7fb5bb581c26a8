package org.knowbridge.firmprofiles.service;

import jakarta.validation.constraints.NotNull;

/** The firm's consent: whether partner organisations may see it (once published) and contact it. */
public record ConsentInput(
        @NotNull Boolean listedToPartners, @NotNull Boolean contactAllowed) {}
