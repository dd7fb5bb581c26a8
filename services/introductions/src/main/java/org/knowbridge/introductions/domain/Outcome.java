package org.knowbridge.introductions.domain;

/** What came of an accepted introduction, as one side records it. */
public enum Outcome {
    MEETING_HELD,
    AGREEMENT_SIGNED;

    public IntroductionState state() {
        return IntroductionState.valueOf(name());
    }
}
