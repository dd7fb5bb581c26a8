package org.knowbridge.partnergraph.service;

import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Whose collaborations a caller may explore: agencies and admins any organisation's; an sme only its own
 * firm's, a partner only its own organisation's. Others answer 404, as if the organisation were unknown.
 */
public final class NeighbourhoodAccess {

    private NeighbourhoodAccess() {
    }

    public static void requireMayExplore(Caller caller, String organisationKey) {
        boolean allowed = caller.isAdmin() || caller.hasRole(Roles.AGENCY)
                || (caller.hasRole(Roles.SME) && organisationKey.equals(caller.firmId().orElse(null)))
                || (caller.hasRole(Roles.PARTNER) && organisationKey.equals(caller.orgId().orElse(null)));
        if (!allowed) {
            throw ProblemException.notFound("Organisation", organisationKey);
        }
    }
}
