package org.knowbridge.partnergraph.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.importing.LineErrorCap;

/**
 * A running or finished dataset import and its progress. Written by the one import thread, read by any
 * request thread, hence the atomic counters and synchronised error lists. Stored in the graph after every
 * batch, so its state outlives the process that ran it.
 */
public final class ImportJob {

    @Schema(name = "ImportLineError", description = "A line of a file that was not imported, and why")
    public record LineError(long line, String message) {}

    /** The progress of one file at one moment: what callers see and what is stored. */
    @Schema(name = "ImportFileProgress")
    public record FileReport(
            String file,
            long processed,
            long created,
            long updated,
            long unchanged,
            long failed,
            List<LineError> errors) {}

    /** Progress of one file. */
    public static final class FileProgress {
        private final AtomicLong processed = new AtomicLong();
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong updated = new AtomicLong();
        private final AtomicLong unchanged = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final List<LineError> errors = Collections.synchronizedList(new ArrayList<>());

        public void processed(long rows) {
            processed.addAndGet(rows);
        }

        public void written(long createdRows, long updatedRows, long unchangedRows) {
            created.addAndGet(createdRows);
            updated.addAndGet(updatedRows);
            unchanged.addAndGet(unchangedRows);
        }

        /** One more line failed; its error is kept while {@code cap} has room. */
        public void failed(long line, String message, LineErrorCap cap) {
            failed.incrementAndGet();
            synchronized (errors) {
                if (cap.room(errors.size(), 1) > 0) {
                    errors.add(new LineError(line, message));
                }
            }
        }

        public long processed() {
            return processed.get();
        }

        public long created() {
            return created.get();
        }

        public long updated() {
            return updated.get();
        }

        public long unchanged() {
            return unchanged.get();
        }

        public long failed() {
            return failed.get();
        }

        public List<LineError> errors() {
            synchronized (errors) {
                return List.copyOf(errors);
            }
        }

        FileReport report(CordisFile file) {
            return new FileReport(file.fileName(), processed(), created(), updated(), unchanged(), failed(), errors());
        }

        private static FileProgress of(FileReport report) {
            FileProgress progress = new FileProgress();
            progress.processed.set(report.processed());
            progress.written(report.created(), report.updated(), report.unchanged());
            progress.failed.set(report.failed());
            progress.errors.addAll(report.errors());
            return progress;
        }
    }

    private final String id;
    private final String source;
    private final String submittedBy;
    /** The org_id of the agency that started it; null for an admin's. */
    private final String ownerOrg;

    private final OffsetDateTime submittedAt;
    private final Map<CordisFile, FileProgress> files = new EnumMap<>(CordisFile.class);
    private volatile ImportState state = ImportState.QUEUED;
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String detail;

    public ImportJob(String id, String source, String submittedBy, String ownerOrg, List<CordisFile> submitted) {
        this(id, source, submittedBy, ownerOrg, now());
        submitted.forEach(file -> files.put(file, new FileProgress()));
    }

    private ImportJob(String id, String source, String submittedBy, String ownerOrg, OffsetDateTime submittedAt) {
        this.id = id;
        this.source = source;
        this.submittedBy = submittedBy;
        this.ownerOrg = ownerOrg;
        this.submittedAt = submittedAt;
    }

    /** A job as it was stored. */
    public static ImportJob restore(
            String id,
            String source,
            String submittedBy,
            String ownerOrg,
            ImportState state,
            OffsetDateTime submittedAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String detail,
            List<FileReport> reports) {
        ImportJob job = new ImportJob(id, source, submittedBy, ownerOrg, submittedAt);
        job.state = state;
        job.startedAt = startedAt;
        job.finishedAt = finishedAt;
        job.detail = detail;
        for (FileReport report : reports) {
            for (CordisFile file : CordisFile.values()) {
                if (file.fileName().equals(report.file())) {
                    job.files.put(file, FileProgress.of(report));
                }
            }
        }
        return job;
    }

    public void started() {
        state = state.to(ImportState.RUNNING);
        startedAt = now();
    }

    public void succeeded() {
        state = state.to(ImportState.SUCCEEDED);
        finishedAt = now();
    }

    public void failed(String why) {
        state = state.to(ImportState.FAILED);
        detail = why;
        finishedAt = now();
    }

    public FileProgress progress(CordisFile file) {
        return files.get(file);
    }

    /** Each file's progress, in import order. */
    public List<FileReport> reports() {
        return files.entrySet().stream()
                .map(e -> e.getValue().report(e.getKey()))
                .toList();
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String ownerOrg() {
        return ownerOrg;
    }

    public ImportState state() {
        return state;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public String detail() {
        return detail;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
