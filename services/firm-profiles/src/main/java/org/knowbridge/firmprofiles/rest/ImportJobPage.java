package org.knowbridge.firmprofiles.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.platform.importing.ImportState;

/** One page of past imports, newest first; {@code nextCursor} is absent on the last page. */
public record ImportJobPage(List<Item> items, String nextCursor) {

    /** An import and its counts; its line errors are read from the job itself. */
    @Schema(name = "ImportJobSummary")
    public record Item(
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
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt) {

        static Item of(ImportJob job) {
            return new Item(
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
                    job.createdAt,
                    job.finishedAt);
        }
    }
}
