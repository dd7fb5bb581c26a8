package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.partnergraph.domain.LinkClaim;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who may decide a claim that a platform firm is an existing organisation node: an admin, or the organisation's own
 * partner account ({@code org_id} equal to the claimed key). To anyone else a claim does not exist (404), so a
 * firm's claims are not disclosed. Listing claims and verifying them in bulk are for admins (the resource says so).
 */
@ApplicationScoped
class LinkClaimAccess {

    /** The claim, when the caller may decide it; else a 404 problem, also when there is no claim. */
    LinkClaim decidable(Caller caller, LinkClaim claim, String firmId) {
        boolean allowed = claim != null
                && (caller.isAdmin()
                        || (caller.hasRole(Roles.PARTNER)
                                && claim.organisationKey().equals(caller.orgId().orElse(null))));
        if (!allowed) {
            throw ProblemException.notFound("Link claim", firmId);
        }
        return claim;
    }

    /** Who a decision is recorded as: "admin", or the partner's org_id. */
    String actingFor(Caller caller) {
        return caller.isAdmin() ? "admin" : caller.orgId().orElse(null);
    }
}
