package org.knowbridge.partnergraph.domain;

/**
 * Where a collaboration stands. A claim that names another platform firm or a partner's organisation waits for
 * that side; a rejected or withdrawn claim is deleted (only its audit record stays), so it has no status.
 */
public enum CollaborationStatus {
    /** Claimed by one side, awaiting the other: seen only by the two sides and admins; published only as CollaborationClaimed, to tell the awaited side. */
    PENDING,
    /** Vouched for by both sides, an agency or an admin: part of the graph everyone queries. */
    CONFIRMED
}
