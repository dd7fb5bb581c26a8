package org.knowbridge.contracts.vocabulary;

/** Where a firm is in onboarding: DRAFT → SUBMITTED → PUBLISHED, and SUSPENDED by an agency or admin. */
public enum FirmStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUSPENDED;

    /** Submitting is allowed from a draft, and again after a suspension once the profile was fixed. */
    public boolean canSubmit() {
        return this == DRAFT || this == SUSPENDED;
    }

    public boolean canPublish() {
        return this == SUBMITTED;
    }

    public boolean canSuspend() {
        return this == SUBMITTED || this == PUBLISHED;
    }
}
