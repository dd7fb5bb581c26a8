package org.knowbridge.platform.importing;

import java.util.Objects;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;

/**
 * Who owns an import job and who may read it: an agency reads only the jobs it started (its org_id), an admin
 * reads all. Anyone else is told the job does not exist, so job ids reveal nothing about other agencies.
 */
public final class ImportAccess {

    private ImportAccess() {}

    /** The org_id a new job of the caller belongs to; null for an admin's. */
    public static String ownerOf(Caller caller) {
        if (caller.isAdmin()) {
            return null;
        }
        return caller.orgId()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN, "Your account is not linked to an organisation (no org_id claim)"));
    }

    /**
     * Whose jobs the caller's list of past imports holds: an agency's own (its org_id), or null for an admin,
     * who sees every job, also the older ones stored without an owner. 403 for an account without an org_id.
     */
    public static String listedOwner(Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Roles.AGENCY)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only agencies and admins import");
        }
        return ownerOf(caller);
    }

    public static boolean mayRead(Caller caller, String ownerOrg) {
        return caller.isAdmin()
                || caller.hasRole(Roles.AGENCY)
                        && ownerOrg != null
                        && Objects.equals(ownerOrg, caller.orgId().orElse(null));
    }

    /** The job, when the caller may read it; else a 404 problem naming {@code what} and the id. */
    public static <J> J readable(J job, String ownerOrg, Caller caller, String what, Object id) {
        if (job == null || !mayRead(caller, ownerOrg)) {
            throw ProblemException.notFound(what, id);
        }
        return job;
    }
}
