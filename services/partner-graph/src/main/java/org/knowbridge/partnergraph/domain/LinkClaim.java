package org.knowbridge.partnergraph.domain;

import java.time.OffsetDateTime;

/**
 * A platform firm's claim that it is an existing organisation of another register (its {@code externalId}):
 * PENDING until an admin or the organisation's own partner account verifies it (VERIFIED: the register's node is
 * the firm from then on) or rejects it (REJECTED: the firm keeps acting for its own node only).
 *
 * @param claimedBy the org_id of the agency whose firm event made the claim, null when none
 * @param decidedBy the user who verified or rejected it, null while PENDING
 */
public record LinkClaim(
        String firmId,
        String organisationKey,
        String status,
        String claimedBy,
        OffsetDateTime createdAt,
        String decidedBy,
        OffsetDateTime decidedAt) {

    public static final String PENDING = "PENDING";
    public static final String VERIFIED = "VERIFIED";
    public static final String REJECTED = "REJECTED";

    public boolean pending() {
        return PENDING.equals(status);
    }
}
