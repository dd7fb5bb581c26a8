package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who may do what with an organisation. Agencies and admins maintain any organisation, a partner only its own
 * ({@code org_id}); others get 403. Agencies and admins explore any organisation's partner neighbourhood and
 * connections, an sme only its own firm's ({@code firm_id}), a partner only its own organisation's; others
 * get 404, as if the organisation were unknown. Reading an organisation itself is open to every role, but a
 * platform firm's nodes are seen only by those firm-profiles shows the firm to ({@link #viewer}): to others it
 * is unknown, a 404 when asked for, and absent from neighbourhoods, paths, collaborations and indicators.
 */
@ApplicationScoped
public class OrganisationAccess {

    public void requireMayMaintain(Caller caller, String organisationKey) {
        boolean allowed = caller.isAdmin()
                || caller.hasRole(Roles.AGENCY)
                || (caller.hasRole(Roles.PARTNER)
                        && organisationKey.equals(caller.orgId().orElse(null)));
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A partner may only maintain its own organisation");
        }
    }

    /** Whose word a write is: a partner's own, or vouched for by an agency (or an admin). */
    public String sourceOfWrite(Caller caller) {
        return caller.hasRole(Roles.PARTNER) && !caller.isAdmin() ? "SELF_REPORTED" : "AGENCY";
    }

    /**
     * What the graph's reads need to know of the caller to show it only the firms it may see; every role the
     * token holds counts, as in firm-profiles.
     */
    public Viewer viewer(Caller caller) {
        return new Viewer(
                caller.isAdmin(),
                caller.hasRole(Roles.SME) ? caller.firmId().orElse(null) : null,
                caller.hasRole(Roles.AGENCY) ? caller.orgId().orElse(null) : null,
                caller.hasRole(Roles.PARTNER));
    }

    public void requireMayExplore(Caller caller, String organisationKey) {
        boolean allowed = caller.isAdmin()
                || caller.hasRole(Roles.AGENCY)
                || (caller.hasRole(Roles.SME)
                        && organisationKey.equals(caller.firmId().orElse(null)))
                || (caller.hasRole(Roles.PARTNER)
                        && organisationKey.equals(caller.orgId().orElse(null)));
        if (!allowed) {
            throw ProblemException.notFound("Organisation", organisationKey);
        }
    }
}
