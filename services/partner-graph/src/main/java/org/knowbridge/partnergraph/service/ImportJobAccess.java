package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.platform.importing.ImportAccess;
import org.knowbridge.platform.security.Caller;

/**
 * Who owns an import job and who may read it, by the rule every service's imports share ({@link ImportAccess}):
 * a job belongs to the agency that started it and is read by it and admins; others are told it does not exist.
 */
@ApplicationScoped
class ImportJobAccess {

    /** The org_id a new job of the caller belongs to, null for an admin's; 403 for an account without one. */
    String ownerOfNewJob(Caller caller) {
        return ImportAccess.ownerOf(caller);
    }

    /** Whose jobs the caller's list holds: its organisation's, or null (every job, also unowned ones) for an admin. */
    String listedOwner(Caller caller) {
        return ImportAccess.listedOwner(caller);
    }

    /** The job, when the caller may read it; else a 404 problem, also when there is no job. */
    ImportJob readable(Caller caller, ImportJob job, String id) {
        return ImportAccess.readable(job, job == null ? null : job.ownerOrg(), caller, "Import", id);
    }
}
