package org.knowbridge.contracts.event;

/**
 * The Kafka topics of the platform. A topic's name carries its major version; {@code deploy/kafka/topics.txt}
 * lists the same names for the tools that create them (a test keeps the two equal).
 */
public enum Topic {
    FIRMS("knowbridge.firms.v1"),
    COLLABORATIONS("knowbridge.collaborations.v1"),
    RECOMMENDATIONS("knowbridge.recommendations.v1"),
    INTRODUCTIONS("knowbridge.introductions.v1");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    /** The topic's name in Kafka. */
    public String topicName() {
        return topicName;
    }
}
