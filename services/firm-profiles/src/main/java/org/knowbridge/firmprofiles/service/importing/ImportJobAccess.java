package org.knowbridge.firmprofiles.service.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.platform.importing.ImportAccess;
import org.knowbridge.platform.security.Caller;

/**
 * Every object-level rule of an import job, for the caller of the request: the platform's rule for import
 * jobs of every service (an agency owns and reads the jobs it started, an admin reads all; anyone else is
 * told the job does not exist).
 */
@ApplicationScoped
public class ImportJobAccess {

    private final Caller caller;

    public ImportJobAccess(Caller caller) {
        this.caller = caller;
    }

    /** The organisation a job the caller starts belongs to; null for an admin's, 403 without an org_id. */
    public String owner() {
        return ImportAccess.ownerOf(caller);
    }

    /** Whose jobs the caller's list holds: its organisation's, or null (every job) for an admin. */
    public String listedOwner() {
        return ImportAccess.listedOwner(caller);
    }

    /** The job (found by {@code id}), when the caller may read it; else 404. */
    public ImportJob readable(ImportJob job, UUID id) {
        return ImportAccess.readable(job, job == null ? null : job.ownerOrg, caller, "Import job", id);
    }
}
