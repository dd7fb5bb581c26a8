package org.knowbridge.partnergraph.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.platform.importing.ImportState;

/** What a caller sees of an import job: its state and, per file, how far it got and which lines failed. */
public record ImportJobView(
        String id,
        ImportState state,
        String source,
        OffsetDateTime submittedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String detail,
        List<ImportJob.FileReport> files) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(
                job.id(),
                job.state(),
                job.source(),
                job.submittedAt(),
                job.startedAt(),
                job.finishedAt(),
                job.detail(),
                job.reports());
    }
}
