package org.knowbridge.platform.testing.access;

/** The class of object a call is tried on, as seen from the caller's role. */
public enum Target {
    /** An operation on no object (a list, a create, an admin operation). */
    NONE,
    /** An object the caller owns: its firm, a firm it onboarded, its organisation, a job it started. */
    OWN,
    /** Another owner's object that is published (and listed), so roles that see published objects see it. */
    OTHERS,
    /** Another owner's object that is not published: hidden from everyone but its owners and admins. */
    UNPUBLISHED
}
