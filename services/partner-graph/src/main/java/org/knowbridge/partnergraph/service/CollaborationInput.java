package org.knowbridge.partnergraph.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/** A bilateral collaboration to record: exactly two parties, each with the kind it is to the other. */
public record CollaborationInput(
        @NotNull @Size(min = 2, max = 2, message = "a collaboration has exactly two parties")
        List<@Valid @NotNull PartyInput> parties,

        @NotNull KnowledgeChannel channel,
        @NotNull @Min(1900) @Max(2100) Integer startYear,
        @Min(1900) @Max(2100) Integer endYear,
        Outcome outcome) {

    /** One side: the organisation and what it is to the other side (e.g. SUPPLIER). */
    @Schema(name = "CollaborationPartyInput")
    public record PartyInput(
            @NotNull @BusinessKey String organisationKey,
            @NotNull PartnerKind partnerKind) {}
}
