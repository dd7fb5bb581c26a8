package org.knowbridge.introductions.domain;

/** Who receives a request. */
public enum Route {
    /** The organisation is represented on the platform (a platform firm, or a registered partner): it answers. */
    ORGANISATION,
    /** It is not: the requesting firm's onboarding agency brokers, contacting it outside the platform. */
    BROKER
}
