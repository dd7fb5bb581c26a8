package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * An explicit bilateral collaboration between two organisations. Each party carries the kind it is to the
 * other side (a supplier to its customer), so one collaboration reads correctly from both ends. A PENDING one
 * names the party whose confirmation it awaits ({@code awaiting}); a confirmed one has none.
 */
public record Collaboration(
        String key,
        KnowledgeChannel channel,
        int startYear,
        Integer endYear,
        Outcome outcome,
        CollaborationSource source,
        CollaborationStatus status,

        @Schema(
                description =
                        "The key of the party whose confirmation a PENDING collaboration awaits; null once confirmed")
        String awaiting,

        List<Party> parties) {

    /** One side of a collaboration and what it is to the other side. */
    @Schema(name = "CollaborationParty")
    public record Party(String organisationKey, PartnerKind partnerKind) {}

    public boolean hasParty(String organisationKey) {
        return organisationKey != null
                && parties.stream().anyMatch(p -> p.organisationKey().equals(organisationKey));
    }

    public boolean ended() {
        return endYear != null;
    }

    public boolean pending() {
        return status == CollaborationStatus.PENDING;
    }

    /** The party that claimed a PENDING collaboration: the one not awaited. */
    public String claimant() {
        return parties.stream()
                .map(Party::organisationKey)
                .filter(k -> !k.equals(awaiting))
                .findFirst()
                .orElseThrow();
    }

    public Collaboration confirmed() {
        return new Collaboration(
                key, channel, startYear, endYear, outcome, source, CollaborationStatus.CONFIRMED, null, parties);
    }

    public Collaboration endedIn(int year, Outcome finalOutcome) {
        return new Collaboration(key, channel, startYear, year, finalOutcome, source, status, awaiting, parties);
    }
}
