package org.knowbridge.portal.domain;

/** The reasons the feedback API accepts for a decline, with the words the page offers. */
public enum DeclineReason {
    NOT_RELEVANT("Not relevant for us"),
    TOO_FAR("Too far away"),
    ALREADY_IN_CONTACT("Already in contact"),
    OTHER("Another reason");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
