package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationSource;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who may record, read and end which collaboration: an admin all; an agency those with a party that is a
 * firm it onboarded (the firm's {@code onboardedBy}, mirrored from firm-profiles, equal to the token's
 * {@code org_id}, or a node linked to such a firm); an sme only with its own firm ({@code firm_id}) as a
 * party; a partner only with its own organisation ({@code org_id}) as a party. Recording another's answers
 * 403; reading or ending one answers 404, so keys of others' collaborations leak nothing. A collaboration with
 * a party firm the caller may not see ({@link OrganisationAccess#viewer}) is not there to read for it either.
 */
@ApplicationScoped
class CollaborationAccess {

    private final OrganisationRepository organisations;
    private final OrganisationAccess organisationAccess;

    CollaborationAccess(OrganisationRepository organisations, OrganisationAccess organisationAccess) {
        this.organisations = organisations;
        this.organisationAccess = organisationAccess;
    }

    /** Which firms the caller may see: a collaboration is read only when it may see every party. */
    Viewer viewer(Caller caller) {
        return organisationAccess.viewer(caller);
    }

    void requireMayRecord(Caller caller, List<String> partyKeys) {
        if (!mayActFor(caller, partyKeys)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "You may only record collaborations your own organisation is a party to");
        }
    }

    boolean mayRead(Caller caller, Collaboration collaboration) {
        return mayActFor(caller, partyKeys(collaboration));
    }

    boolean mayEnd(Caller caller, Collaboration collaboration) {
        return mayActFor(caller, partyKeys(collaboration));
    }

    /** Whose word a recorded collaboration is: vouched for by an agency (or an admin), else self-reported. */
    CollaborationSource sourceOfRecord(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.AGENCY)
                ? CollaborationSource.AGENCY
                : CollaborationSource.SELF_REPORTED;
    }

    private boolean mayActFor(Caller caller, List<String> partyKeys) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.SME)
                && caller.firmId().map(partyKeys::contains).orElse(false)) {
            return true;
        }
        if (caller.hasRole(Roles.PARTNER)
                && caller.orgId().map(partyKeys::contains).orElse(false)) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY)
                && caller.orgId()
                        .map(agency -> organisations.anyOnboardedBy(partyKeys, agency))
                        .orElse(false);
    }

    private static List<String> partyKeys(Collaboration collaboration) {
        return collaboration.parties().stream()
                .map(Collaboration.Party::organisationKey)
                .toList();
    }
}
