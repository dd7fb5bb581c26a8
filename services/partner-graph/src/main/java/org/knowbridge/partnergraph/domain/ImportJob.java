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

/**
 * A running or finished dataset import and its progress. Written by the one import thread, read by any
 * request thread, hence the atomic counters and synchronised error lists. Stored in the graph after every
 * batch, so its state outlives the process that ran it.
 */
public final class ImportJob {

    /** INTERRUPTED: the service stopped while the job was queued or running; what it imported stays (imports are idempotent, so importing the files again completes it). */
    @Schema(name = "ImportState")
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** How many line errors a file keeps; the rest are only counted. */
    public static final int MAX_ERRORS_PER_FILE = 500;

    @Schema(name = "ImportLineError", description = "A line of a file that was not imported, and why")
    public record LineError(long line, String message) {
    }

    /** The progress of one file at one moment: what callers see and what is stored. */
    @Schema(name = "ImportFileProgress")
    public record FileReport(String file, long processed, long created, long updated, long unchanged, long failed,
            List<LineError> errors) {
    }

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

        public void failed(long line, String message) {
            failed.incrementAndGet();
            if (errors.size() < MAX_ERRORS_PER_FILE) {
                errors.add(new LineError(line, message));
            }
        }

        public long processed() { return processed.get(); }
        public long created() { return created.get(); }
        public long updated() { return updated.get(); }
        public long unchanged() { return unchanged.get(); }
        public long failed() { return failed.get(); }

        public List<LineError> errors() {
            synchronized (errors) {
                return List.copyOf(errors);
            }
        }

        FileReport report(DatasetFile file) {
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
    private final OffsetDateTime submittedAt;
    private final Map<DatasetFile, FileProgress> files = new EnumMap<>(DatasetFile.class);
    private volatile State state = State.QUEUED;
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String detail;

    public ImportJob(String id, String source, String submittedBy, List<DatasetFile> submitted) {
        this(id, source, submittedBy, now());
        submitted.forEach(file -> files.put(file, new FileProgress()));
    }

    private ImportJob(String id, String source, String submittedBy, OffsetDateTime submittedAt) {
        this.id = id;
        this.source = source;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** A job as it was stored. */
    public static ImportJob restore(String id, String source, String submittedBy, State state, OffsetDateTime submittedAt,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String detail, List<FileReport> reports) {
        ImportJob job = new ImportJob(id, source, submittedBy, submittedAt);
        job.state = state;
        job.startedAt = startedAt;
        job.finishedAt = finishedAt;
        job.detail = detail;
        for (FileReport report : reports) {
            for (DatasetFile file : DatasetFile.values()) {
                if (file.fileName().equals(report.file())) {
                    job.files.put(file, FileProgress.of(report));
                }
            }
        }
        return job;
    }

    public void started() {
        startedAt = now();
        state = State.RUNNING;
    }

    public void succeeded() {
        finishedAt = now();
        state = State.SUCCEEDED;
    }

    public void failed(String why) {
        detail = why;
        finishedAt = now();
        state = State.FAILED;
    }

    public FileProgress progress(DatasetFile file) {
        return files.get(file);
    }

    /** Each file's progress, in import order. */
    public List<FileReport> reports() {
        return files.entrySet().stream().map(e -> e.getValue().report(e.getKey())).toList();
    }

    public String id() { return id; }
    public String source() { return source; }
    public String submittedBy() { return submittedBy; }
    public State state() { return state; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public OffsetDateTime startedAt() { return startedAt; }
    public OffsetDateTime finishedAt() { return finishedAt; }
    public String detail() { return detail; }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
