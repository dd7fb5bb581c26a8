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
    /** A collaboration was claimed with the reader's firm or organisation and awaits its confirmation. */
    COLLABORATION_CLAIM_RECEIVED
}
