package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;

/**
 * The data of CollaborationClaimed: a collaboration claimed with a party that must confirm it first. It tells the
 * awaited party's readers what awaits them; the claim joins the graph only once confirmed (CollaborationRecorded).
 *
 * @param awaitedKey the organisation key of the party that confirms or rejects the claim
 * @param awaitedFirmId the platform firm that node is (its own node, or the register node linked to it); null for a
 *     partner's organisation
 * @param claimantFirmId likewise for the claiming side, so that an erased firm's claims can be forgotten
 * @param channel a {@link org.knowbridge.contracts.vocabulary.KnowledgeChannel} name
 */
public record CollaborationClaimed(
        String key,
        String awaitedKey,
        String awaitedFirmId,
        String claimantKey,
        String claimantName,
        String claimantFirmId,
        String channel,
        int startYear,
        OffsetDateTime claimedAt) {}
