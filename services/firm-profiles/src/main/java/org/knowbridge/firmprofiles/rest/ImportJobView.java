package org.knowbridge.firmprofiles.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.service.importing.FirmImportService.JobProgress;
import org.knowbridge.platform.importing.ImportState;

/**
 * A bulk import and how far it got: {@code processed} of {@code totalLines}, of which created, updated,
 * unchanged, skipped (no firm, e.g. not an SME) and failed; {@code errors} names the first rejected lines.
 */
public record ImportJobView(
        UUID id,
        ImportState status,
        String format,
        int totalLines,
        int processed,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int failed,
        List<LineError> errors,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    /** Why a line (1-based, header included) was rejected. */
    public record LineError(int line, String field, String message) {}

    public static ImportJobView of(JobProgress progress) {
        ImportJob job = progress.job();
        return new ImportJobView(
                job.id,
                job.status,
                job.format,
                job.totalLines,
                job.processed,
                job.created,
                job.updated,
                job.unchanged,
                job.skipped,
                job.failed,
                progress.errors().stream()
                        .map(e -> new LineError(e.line, e.field, e.message))
                        .toList(),
                job.createdAt,
                job.finishedAt);
    }

    public static ImportJobView started(ImportJob job) {
        return of(new JobProgress(job, List.of()));
    }
}
