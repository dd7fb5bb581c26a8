package org.knowbridge.portal.domain;

import java.util.List;

/** A bulk import's progress as firm-profiles reports it (ImportJobView), with the lines it could not import. */
public record ImportJob(
        String id,
        String status,
        String format,
        Integer totalLines,
        int processed,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int failed,
        List<LineError> errors) {

    public ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Whether it is still queued or running (the page follows it until it is not). */
    public boolean running() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    /** Lines processed out of the file's lines, 0 to 100; 0 while the total is not known yet. */
    public int percent() {
        if (!running() && !"INTERRUPTED".equals(status) && !"FAILED".equals(status)) {
            return 100;
        }
        return totalLines == null || totalLines == 0 ? 0 : (int) Math.min(100, 100L * processed / totalLines);
    }

    /** A line that was not imported, and why. */
    public record LineError(int line, String field, String message) {}
}
