package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * An explicit bilateral collaboration between two organisations. Each party carries the kind it is to the
 * other side (a supplier to its customer), so one collaboration reads correctly from both ends.
 */
public record Collaboration(
        String key,
        KnowledgeChannel channel,
        int startYear,
        Integer endYear,
        Outcome outcome,
        CollaborationSource source,
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
}
