package org.knowbridge.platform.security;

/** Keycloak realm roles; constants so {@code @RolesAllowed} values are checked by the compiler. */
public final class Roles {

    public static final String SME = "sme";
    public static final String AGENCY = "agency";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    /** Reads partner-graph's whole export and nothing else: the recommendations service account. */
    public static final String GRAPH_EXPORT = "graph-export";

    private Roles() {}
}
