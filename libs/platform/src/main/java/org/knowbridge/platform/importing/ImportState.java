package org.knowbridge.platform.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a bulk import job is. A job is QUEUED (or RUNNING at once), RUNNING, then ends SUCCEEDED or FAILED;
 * INTERRUPTED: the instance running it stopped while it was queued or running. What it imported stays, and
 * since imports are idempotent, importing the same file again completes it.
 */
@Schema(name = "ImportState")
public enum ImportState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    /** Whether a job in this state may move to {@code next}: forward only, and never out of an end state. */
    public boolean canBecome(ImportState next) {
        return switch (this) {
            case QUEUED -> next != QUEUED;
            case RUNNING -> next.finished();
            case SUCCEEDED, FAILED, INTERRUPTED -> false;
        };
    }

    /** {@code next}, if a job in this state may move there; else an error (a bug, not a caller's mistake). */
    public ImportState to(ImportState next) {
        if (!canBecome(next)) {
            throw new IllegalStateException("An import job cannot go from " + this + " to " + next);
        }
        return next;
    }
}
