package org.knowbridge.firmprofiles.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmScope;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Every object-level rule of a firm, for the caller of the request: who creates which firm, who sees and
 * changes which, who sees its public fields only, which firms a list may hold. A firm the caller may not see
 * is answered as absent (404), so firm ids reveal nothing.
 */
@ApplicationScoped
public class FirmAccess {

    private final Caller caller;

    public FirmAccess(Caller caller) {
        this.caller = caller;
    }

    /** Agencies and admins onboard firms (a new id); an sme account registers its own firm instead. */
    public boolean onboardsFirms() {
        return caller.hasRole(Roles.AGENCY) || caller.isAdmin();
    }

    /** The agency a firm the caller onboards is recorded as onboarded by; null for an admin. */
    public String onboardingAgency() {
        return caller.hasRole(Roles.AGENCY) ? caller.orgId().orElse(null) : null;
    }

    /** The firm an sme account acts for (its {@code firm_id}); 403 when the token names none. */
    public UUID ownFirm() {
        String claim = caller.firmId()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN, "Your account is not linked to a firm (no firm_id claim)"));
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your account's firm_id claim is not a firm id");
        }
    }

    /** The firm (found by {@code id}), when the caller may see it at all: fully or its public fields. */
    public Firm visible(Firm firm, UUID id) {
        return allowed(firm != null && (canManage(firm) || canSeePublicFields(firm)), firm, id);
    }

    /** The firm (found by {@code id}), when the caller may change it and see every field. */
    public Firm managed(Firm firm, UUID id) {
        return allowed(firm != null && canManage(firm), firm, id);
    }

    /** Who is calling, for the records of consent. */
    public String username() {
        return caller.username();
    }

    /** A partner organisation: it never manages firms, so it gets their public fields only. */
    public boolean seesPublicFieldsOnly() {
        return caller.hasRole(Roles.PARTNER)
                && !caller.isAdmin()
                && !caller.hasRole(Roles.AGENCY)
                && !caller.hasRole(Roles.SME);
    }

    /** Which firms a list may hold: all (admin), those it onboarded (agency), its own (sme), else the listed ones. */
    public FirmScope listScope() {
        if (caller.isAdmin()) {
            return FirmScope.all();
        }
        if (caller.hasRole(Roles.AGENCY)) {
            return new FirmScope(FirmScope.Kind.ONBOARDED_BY, caller.orgId().orElse(""));
        }
        if (caller.hasRole(Roles.SME)) {
            return new FirmScope(FirmScope.Kind.OWN_FIRM, ownFirm().toString());
        }
        return new FirmScope(FirmScope.Kind.PARTNER_VISIBLE, null);
    }

    /** Sees and changes every field: admin, the firm's own sme account, the agency that onboarded it. */
    private boolean canManage(Firm firm) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.actsForFirm(firm.id.toString())) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY)
                && firm.onboardedBy != null
                && firm.onboardedBy.equals(caller.orgId().orElse(null));
    }

    /** Sees only the public fields: a partner organisation, of a published firm that consented to be listed. */
    private boolean canSeePublicFields(Firm firm) {
        return caller.hasRole(Roles.PARTNER) && firm.visibleToPartners();
    }

    private static Firm allowed(boolean allowed, Firm firm, UUID id) {
        if (!allowed) {
            throw ProblemException.notFound("Firm", id);
        }
        return firm;
    }
}
