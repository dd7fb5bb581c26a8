package org.knowbridge.introductions.domain;

/** What a notification tells its reader; also the event types a webhook subscribes to. */
public enum NotificationKind {
    /** Partners shown to the firm for the first time (PartnersSuggested). */
    SUGGESTIONS_NEW,
    /** The firm's top suggestions changed (RecommendationsUpdated); an unread one is refreshed, not repeated. */
    SUGGESTIONS_CHANGED,
    /** A request reached the organisation, or its broker agency (IntroductionRequested). */
    INTRODUCTION_RECEIVED,
    /** The recipient accepted or declined the firm's request (IntroductionAccepted, IntroductionDeclined). */
    INTRODUCTION_ANSWERED,
    /** Nobody answered the firm's request in time (IntroductionExpired). */
    INTRODUCTION_EXPIRED,
    /**
     * A collaboration was claimed with the reader's firm or organisation and awaits its confirmation
     * (CollaborationClaimed); once decided (CollaborationClaimDecided) it says how, and no longer counts as unread.
     */
    COLLABORATION_CLAIM_RECEIVED,
    /** The other side confirmed a collaboration the reader's firm or organisation claimed (CollaborationClaimDecided). */
    COLLABORATION_CLAIM_CONFIRMED,
    /** The other side rejected a collaboration the reader's firm or organisation claimed (CollaborationClaimDecided). */
    COLLABORATION_CLAIM_REJECTED
}
