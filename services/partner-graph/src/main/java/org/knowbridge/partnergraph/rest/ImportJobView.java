package org.knowbridge.partnergraph.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.partnergraph.domain.ImportJob;

/** What a caller sees of an import job: its state and, per file, how far it got and which lines failed. */
public record ImportJobView(
        String id,
        ImportJob.State state,
        String source,
        OffsetDateTime submittedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String detail,
        List<FileView> files) {

    @Schema(name = "ImportFileProgress")
    public record FileView(String file, long processed, long created, long updated, long unchanged, long failed,
            List<ImportJob.LineError> errors) {
    }

    static ImportJobView of(ImportJob job) {
        List<FileView> files = job.files().entrySet().stream()
                .map(e -> new FileView(e.getKey().fileName(), e.getValue().processed(), e.getValue().created(),
                        e.getValue().updated(), e.getValue().unchanged(), e.getValue().failed(), e.getValue().errors()))
                .toList();
        return new ImportJobView(job.id(), job.state(), job.source(), job.submittedAt(), job.startedAt(), job.finishedAt(),
                job.detail(), files);
    }
}
