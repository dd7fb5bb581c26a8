package org.knowbridge.partnergraph.domain;

/** Who vouches for a collaboration. */
public enum CollaborationSource {
    /** Recorded by one of the parties (an sme or partner account). */
    SELF_REPORTED,
    /** Recorded by an agency or an administrator. */
    AGENCY,
    /** Read from a collaboration dataset. */
    IMPORTED,
    /** An agreement signed after an introduction on the platform (introductions' IntroductionAgreementSigned). */
    INTRODUCTION
}
