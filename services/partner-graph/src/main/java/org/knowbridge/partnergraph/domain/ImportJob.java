package org.knowbridge.partnergraph.domain;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running or finished dataset import and its progress. Written by the one import thread, read by any
 * request thread, hence the atomic counters and synchronised error lists.
 */
public final class ImportJob {

    @Schema(name = "ImportState")
    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** How many line errors a file keeps; the rest are only counted. */
    public static final int MAX_ERRORS_PER_FILE = 500;

    @Schema(name = "ImportLineError", description = "A line of a file that was not imported, and why")
    public record LineError(long line, String message) {
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
    }

    private final String id;
    private final String source;
    private final String submittedBy;
    private final OffsetDateTime submittedAt = now();
    private final Map<DatasetFile, FileProgress> files = new EnumMap<>(DatasetFile.class);
    private volatile State state = State.QUEUED;
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String detail;

    public ImportJob(String id, String source, String submittedBy, List<DatasetFile> submitted) {
        this.id = id;
        this.source = source;
        this.submittedBy = submittedBy;
        submitted.forEach(file -> files.put(file, new FileProgress()));
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

    public Map<DatasetFile, FileProgress> files() {
        return Collections.unmodifiableMap(files);
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
