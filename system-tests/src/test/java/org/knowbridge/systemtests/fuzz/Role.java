package org.knowbridge.systemtests.fuzz;

import org.knowbridge.platform.testing.DemoUsers;

/** Who a fuzzed request is sent as: a demo user of each realm role, or nobody. */
enum Role {
    SME("sme", DemoUsers.SME),
    AGENCY("agency", DemoUsers.AGENCY),
    PARTNER("partner", DemoUsers.PARTNER),
    ADMIN("admin", DemoUsers.ADMIN),
    ANONYMOUS("anonymous", null);

    private final String accessKey;
    private final String user;

    Role(String accessKey, String user) {
        this.accessKey = accessKey;
        this.user = user;
    }

    /** The role's key in a contract's {@code x-access}. */
    String accessKey() {
        return accessKey;
    }

    /** The demo user's access token, or null when anonymous. */
    String token() {
        return user == null ? null : DemoUsers.token(user);
    }
}
