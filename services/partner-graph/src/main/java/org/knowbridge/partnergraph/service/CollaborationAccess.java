package org.knowbridge.partnergraph.service;

import java.util.List;
import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;

/**
 * Who may record, end and read which collaboration: an admin all; an agency any (it should be the firms it
 * onboarded, which partner-graph does not know yet); an sme only with its own firm ({@code firm_id}) as a
 * party; a partner only with its own organisation ({@code org_id}) as a party.
 */
final class CollaborationAccess {

    private CollaborationAccess() {
    }

    static boolean mayActFor(Caller caller, List<String> partyKeys) {
        if (caller.isAdmin() || caller.hasRole(Roles.AGENCY)) {
            return true;
        }
        if (caller.hasRole(Roles.SME) && caller.firmId().map(partyKeys::contains).orElse(false)) {
            return true;
        }
        return caller.hasRole(Roles.PARTNER) && caller.orgId().map(partyKeys::contains).orElse(false);
    }

    static boolean vouchesAsAgency(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.AGENCY);
    }
}
