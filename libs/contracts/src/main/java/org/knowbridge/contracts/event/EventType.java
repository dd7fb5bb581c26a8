package org.knowbridge.contracts.event;

import java.util.Optional;

/**
 * Every event type of the platform, with the topic it travels on. The CloudEvents {@code type} attribute is
 * {@code org.knowbridge.<name>}; its payload is described by {@code api-specs/events/<name>.schema.json}.
 */
public enum EventType {
    FirmRegistered(Topic.FIRMS),
    FirmUpdated(Topic.FIRMS),
    FirmPublished(Topic.FIRMS),
    FirmErased(Topic.FIRMS),
    OrganisationUpserted(Topic.COLLABORATIONS),
    CollaborationRecorded(Topic.COLLABORATIONS),
    CollaborationClaimed(Topic.COLLABORATIONS),
    CollaborationClaimDecided(Topic.COLLABORATIONS),
    CollaborationEnded(Topic.COLLABORATIONS),
    OrganisationErased(Topic.COLLABORATIONS),
    RecommendationsUpdated(Topic.RECOMMENDATIONS),
    RecommendationFeedbackGiven(Topic.RECOMMENDATIONS),
    PartnersSuggested(Topic.RECOMMENDATIONS),
    IntroductionRequested(Topic.INTRODUCTIONS),
    IntroductionAccepted(Topic.INTRODUCTIONS),
    IntroductionDeclined(Topic.INTRODUCTIONS),
    IntroductionWithdrawn(Topic.INTRODUCTIONS),
    IntroductionExpired(Topic.INTRODUCTIONS),
    IntroductionMeetingHeld(Topic.INTRODUCTIONS),
    IntroductionAgreementSigned(Topic.INTRODUCTIONS),
    IntroductionErased(Topic.INTRODUCTIONS);

    private static final String PREFIX = "org.knowbridge.";

    private final Topic topic;

    EventType(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    /** The CloudEvents {@code type} attribute of this event. */
    public String cloudEventType() {
        return PREFIX + name();
    }

    /** The event type named by a CloudEvents {@code type}, or empty for one this platform does not know. */
    public static Optional<EventType> fromCloudEventType(String type) {
        if (type == null || !type.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = type.substring(PREFIX.length());
        for (EventType eventType : values()) {
            if (eventType.name().equals(name)) {
                return Optional.of(eventType);
            }
        }
        return Optional.empty();
    }
}
