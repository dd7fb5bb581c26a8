package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.partnergraph.repository.OrganisationRepository;

/**
 * Who may record, end and read which collaboration: an admin all; an agency those with a party that is a
 * firm it onboarded (the firm's {@code onboardedBy}, mirrored from firm-profiles, equal to the token's
 * {@code org_id}, or a node linked to such a firm); an sme only with its own firm ({@code firm_id}) as a
 * party; a partner only with its own organisation ({@code org_id}) as a party.
 */
@ApplicationScoped
class CollaborationAccess {

    private final OrganisationRepository organisations;

    CollaborationAccess(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    boolean mayActFor(Caller caller, List<String> partyKeys) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.SME) && caller.firmId().map(partyKeys::contains).orElse(false)) {
            return true;
        }
        if (caller.hasRole(Roles.PARTNER) && caller.orgId().map(partyKeys::contains).orElse(false)) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY)
                && caller.orgId().map(agency -> organisations.anyOnboardedBy(partyKeys, agency)).orElse(false);
    }

    static boolean vouchesAsAgency(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.AGENCY);
    }
}
