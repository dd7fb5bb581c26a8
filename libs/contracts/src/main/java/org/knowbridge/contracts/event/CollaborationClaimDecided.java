package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;

/**
 * The data of CollaborationClaimDecided: a PENDING claim (CollaborationClaimed) is no longer waiting. The awaited
 * side confirmed it (it is now a collaboration of the graph, published as CollaborationRecorded in the same
 * transaction) or rejected it, or its claimant withdrew it (both delete it). It tells each side's readers that the
 * claim is settled, and the claimant's readers how the other side decided.
 *
 * <p>The parties and the claim's fields mean what they mean in {@link CollaborationClaimed}; no name is carried,
 * since the claimant named the awaited party by key itself.
 *
 * @param outcome a {@link Decision} name
 */
public record CollaborationClaimDecided(
        String key,
        String awaitedKey,
        String awaitedFirmId,
        String claimantKey,
        String claimantFirmId,
        String channel,
        int startYear,
        String outcome,
        OffsetDateTime decidedAt) {

    /** How a claim was settled. */
    public enum Decision {
        /** The awaited side confirmed it. */
        CONFIRMED,
        /** The awaited side rejected it. */
        REJECTED,
        /** The claiming side withdrew it before the other side decided. */
        WITHDRAWN
    }
}
