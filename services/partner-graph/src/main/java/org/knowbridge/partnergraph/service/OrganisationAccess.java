package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.knowbridge.partnergraph.domain.Stewardship;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who may do what with an organisation.
 *
 * <p>Maintaining (PUT): nobody writes a platform firm's node, firm-profiles' events do (409); an admin any other
 * organisation; an agency creates new ones and maintains only those it created; a partner only its own
 * ({@code org_id}); others get 403.
 *
 * <p>Exploring (partners, connection): an admin any organisation; an agency the firms it onboarded (and their
 * register nodes), the organisations it created, and register organisations no one on the platform answers
 * for (imported or entered by an admin); an sme only its own firm ({@code firm_id}); a partner only its own
 * organisation. Others get 404, as if the organisation were unknown.
 *
 * <p>Reading: an organisation itself is open to every role, but a platform firm's nodes are seen only by those
 * firm-profiles shows the firm to ({@link #viewer}): to others it is unknown, a 404 when asked for, and absent
 * from neighbourhoods, paths, collaborations and indicators.
 */
@ApplicationScoped
public class OrganisationAccess {

    private final OrganisationRepository organisations;

    public OrganisationAccess(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** {@code existing} is who answers for the organisation now, empty when the key is new. */
    public void requireMayMaintain(Caller caller, String organisationKey, Optional<Stewardship> existing) {
        if (existing.map(Stewardship::platformFirm).orElse(false)) {
            throw platformFirm(organisationKey);
        }
        boolean allowed = caller.isAdmin()
                || (caller.hasRole(Roles.PARTNER)
                        && organisationKey.equals(caller.orgId().orElse(null)))
                || (caller.hasRole(Roles.AGENCY)
                        && caller.orgId().isPresent()
                        && existing.map(s -> caller.orgId().get().equals(s.createdBy()))
                                .orElse(true));
        if (!allowed) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "An agency maintains only organisations it created, a partner only its own organisation");
        }
    }

    static ProblemException platformFirm(String organisationKey) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "Organisation " + organisationKey
                        + " is a platform firm: its data is changed in firm-profiles, which the graph mirrors");
    }

    /** The creator recorded on a new organisation: the agency's or partner's org_id; null for an admin. */
    public OrganisationRepository.Writer writer(Caller caller) {
        boolean partner = caller.hasRole(Roles.PARTNER) && !caller.isAdmin();
        String createdBy = caller.isAdmin() ? null : caller.orgId().orElse(null);
        return new OrganisationRepository.Writer(createdBy, caller.username(), partner);
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

    /** The node a key names: a linked firm's id names its register's node (see {@link OrganisationRepository#resolve}). */
    public String resolve(String key) {
        return organisations.resolve(key);
    }

    /** {@code organisationKey} as {@link #resolve} gives it. */
    public void requireMayExplore(Caller caller, String organisationKey) {
        boolean allowed = caller.isAdmin()
                || (caller.hasRole(Roles.SME)
                        && caller.firmId()
                                .map(firm -> organisationKey.equals(firm)
                                        || organisationKey.equals(organisations.resolve(firm)))
                                .orElse(false))
                || (caller.hasRole(Roles.PARTNER)
                        && organisationKey.equals(caller.orgId().orElse(null)))
                || (caller.hasRole(Roles.AGENCY) && agencyMayExplore(caller, organisationKey));
        if (!allowed) {
            throw ProblemException.notFound("Organisation", organisationKey);
        }
    }

    private boolean agencyMayExplore(Caller caller, String organisationKey) {
        String agency = caller.orgId().orElse(null);
        return organisations
                .stewardship(organisationKey)
                .map(s -> s.inRemitOfAgency(agency) || s.registerOnly())
                .orElse(false);
    }
}
