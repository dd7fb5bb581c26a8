package org.knowbridge.introductions.domain;

/** Who a notification is for: a firm's SME users, or an organisation (a partner, an agency). */
public final class Audience {

    private Audience() {}

    public static String firm(String firmId) {
        return "firm:" + firmId;
    }

    public static String organisation(String orgId) {
        return "org:" + orgId;
    }
}
