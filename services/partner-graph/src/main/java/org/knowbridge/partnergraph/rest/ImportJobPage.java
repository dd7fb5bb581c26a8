package org.knowbridge.partnergraph.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.platform.importing.ImportState;

/** One page of past imports, newest first; {@code nextCursor} is absent on the last page. */
public record ImportJobPage(List<Item> items, String nextCursor) {

    /** An import and its counts per file; its failed lines are read from the import itself. */
    @Schema(name = "ImportSummary")
    public record Item(
            String id,
            ImportState state,
            String source,
            OffsetDateTime submittedAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String detail,
            List<FileCounts> files) {

        static Item of(ImportJob job) {
            return new Item(
                    job.id(),
                    job.state(),
                    job.source(),
                    job.submittedAt(),
                    job.startedAt(),
                    job.finishedAt(),
                    job.detail(),
                    job.reports().stream().map(FileCounts::of).toList());
        }
    }

    @Schema(name = "ImportFileCounts")
    public record FileCounts(String file, long processed, long created, long updated, long unchanged, long failed) {

        static FileCounts of(ImportJob.FileReport report) {
            return new FileCounts(
                    report.file(),
                    report.processed(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.failed());
        }
    }
}
