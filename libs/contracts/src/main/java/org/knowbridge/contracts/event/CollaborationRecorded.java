package org.knowbridge.contracts.event;

import java.util.List;

/**
 * The data of CollaborationRecorded: a bilateral collaboration with the kind each party is to the other.
 *
 * @param channel a {@link org.knowbridge.contracts.vocabulary.KnowledgeChannel} name
 * @param endYear null while it runs
 * @param outcome an {@link org.knowbridge.contracts.vocabulary.Outcome} name
 */
public record CollaborationRecorded(
        String key,
        String channel,
        int startYear,
        Integer endYear,
        String outcome,
        String source,
        List<Party> parties) {

    public CollaborationRecorded {
        parties = FirmSnapshot.orEmpty(parties);
    }

    /** One side, and what it is to the other (a {@link org.knowbridge.contracts.vocabulary.PartnerKind} name). */
    public record Party(String organisationKey, String partnerKind) {}
}
