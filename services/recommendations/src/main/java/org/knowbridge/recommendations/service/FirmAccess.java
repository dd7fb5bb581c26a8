package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.repository.FirmDirectory;

/**
 * Who may see and act on a firm's suggestions: admins, the firm's own sme account, and the agency that
 * onboarded it. Anybody else is told the firm does not exist, so ids cannot be probed.
 */
@ApplicationScoped
public class FirmAccess {

    private final FirmDirectory firms;

    public FirmAccess(FirmDirectory firms) {
        this.firms = firms;
    }

    public void check(String firmId, Caller caller) {
        if (!mayActFor(firmId, caller)) {
            throw ProblemException.notFound("Firm", firmId);
        }
    }

    boolean mayActFor(String firmId, Caller caller) {
        if (caller.isAdmin() || caller.actsForFirm(firmId)) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY) && caller.orgId().isPresent() && firms.find(firmId)
                .map(firm -> caller.orgId().get().equals(firm.onboardedBy())).orElse(false);
    }
}
