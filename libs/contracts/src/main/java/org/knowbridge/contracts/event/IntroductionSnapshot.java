package org.knowbridge.contracts.event;

import java.time.OffsetDateTime;

/**
 * The data of every Introduction* event but IntroductionErased ({@code api-specs/events/IntroductionSnapshot.schema.json}):
 * the introduction's state after the transition, so a consumer needs no other event (and a replayed one changes
 * nothing). Free text (offers, seeks, message, decline text) never travels: it is the parties' own, and stays in
 * the introductions service.
 *
 * @param firmId           the requesting firm
 * @param organisationKey  the organisation it asked to be introduced to (a partner-graph key)
 * @param route            ORGANISATION (delivered to the organisation on the platform) or BROKER (to the firm's
 *                         onboarding agency, which contacts the organisation outside the platform)
 * @param brokerAgency     the org_id of the broker agency; null on the ORGANISATION route
 * @param state            REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED, MEETING_HELD or AGREEMENT_SIGNED
 * @param channel          the {@link org.knowbridge.contracts.vocabulary.KnowledgeChannel} proposed
 * @param fromSuggestion   true when the firm asked from a suggestion of recommendations
 * @param declineReason    an {@link org.knowbridge.contracts.vocabulary.IntroductionDeclineReason}; null unless declined
 * @param agreementChannel the channel of the signed agreement; null unless AGREEMENT_SIGNED (partner-graph
 *                         records it as a collaboration of the two organisations)
 * @param changedAt        when the transition happened
 */
public record IntroductionSnapshot(
        String introductionId,
        String firmId,
        String organisationKey,
        String route,
        String brokerAgency,
        String state,
        String channel,
        boolean fromSuggestion,
        String declineReason,
        String agreementChannel,
        OffsetDateTime requestedAt,
        OffsetDateTime changedAt) {}
