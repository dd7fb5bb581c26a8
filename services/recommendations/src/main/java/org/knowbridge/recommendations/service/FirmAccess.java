package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.repository.FirmDirectory;

/**
 * Every object-level rule on a firm's suggestions and feedback: admins, the firm's own sme account, and the
 * agency that onboarded it may read its suggestions and feedback and give feedback. Anybody else is told the
 * firm does not exist, so ids cannot be probed. Which roles reach the endpoints at all (and that only admins
 * operate the projection, which concerns no firm) is the resources' {@code @RolesAllowed}.
 */
@ApplicationScoped
public class FirmAccess {

    private final FirmDirectory firms;

    public FirmAccess(FirmDirectory firms) {
        this.firms = firms;
    }

    /** Reading the firm's suggestions or the feedback it gave; else 404. */
    public void checkMayRead(String firmId, Caller caller) {
        checkActsFor(firmId, caller);
    }

    /** Accepting or declining a partner suggested to the firm; else 404. */
    public void checkMayGiveFeedback(String firmId, Caller caller) {
        checkActsFor(firmId, caller);
    }

    private void checkActsFor(String firmId, Caller caller) {
        if (!mayActFor(firmId, caller)) {
            throw ProblemException.notFound("Firm", firmId);
        }
    }

    private boolean mayActFor(String firmId, Caller caller) {
        if (caller.isAdmin() || caller.actsForFirm(firmId)) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY)
                && caller.orgId().isPresent()
                && firms.find(firmId)
                        .map(firm -> caller.orgId().get().equals(firm.onboardedBy()))
                        .orElse(false);
    }
}
