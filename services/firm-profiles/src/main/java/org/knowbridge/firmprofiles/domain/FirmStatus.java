package org.knowbridge.firmprofiles.domain;

/** Where a firm is in onboarding: DRAFT → SUBMITTED → PUBLISHED, and SUSPENDED by an agency. */
public enum FirmStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUSPENDED
}
