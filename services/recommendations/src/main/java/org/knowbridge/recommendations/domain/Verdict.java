package org.knowbridge.recommendations.domain;

/** What a firm said about a suggested partner. */
public enum Verdict {
    ACCEPTED,
    DECLINED
}
