package org.knowbridge.partnergraph.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.repository.ImportJobRepository;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportRecovery;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;

/**
 * Accepts dataset imports and runs them one at a time in the background (two imports at once would only
 * contend for the same locks). Each job is stored in the graph when queued, after every batch and when it
 * ends, so its state survives a restart; a job this service was running when it stopped is reported as
 * INTERRUPTED after the restart by {@link ImportRecovery} (it is not resumed: the uploaded files were temporary,
 * and re-importing them completes the job since imports are idempotent).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final DatasetImporter importer;
    private final ImportJobRepository stored;
    private final ImportRecovery recovery;
    private final ImportJobAccess access;
    private final String instance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "dataset-import"));
    /** The jobs this instance has queued or is running: fresher than their last stored batch. */
    private final Map<String, ImportJob> active = new ConcurrentHashMap<>();

    public ImportService(
            DatasetImporter importer,
            ImportJobRepository stored,
            ImportRecovery recovery,
            ImportJobAccess access,
            ServiceInstance instance) {
        this.importer = importer;
        this.stored = stored;
        this.recovery = recovery;
        this.access = access;
        this.instance = instance.id();
    }

    /**
     * Takes over the uploaded files (copied, since the upload's own files go with the request) and queues
     * the job. Headers are checked now, so a wrong file is a 400 rather than a failed job.
     */
    public ImportJob submit(Map<CordisFile, Path> uploads, String source, Caller caller) {
        String owner = access.ownerOfNewJob(caller);
        if (uploads.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "Send at least one of organisations, projects, participations");
        }
        try {
            importer.checkHeaders(uploads);
        } catch (DatasetImporter.UnreadableFile e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
        Map<CordisFile, Path> files = copy(uploads);
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(), source, caller.username(), owner, new ArrayList<>(files.keySet()));
        active.put(job.id(), job);
        try {
            stored.save(job, instance);
        } catch (RuntimeException e) {
            // Not queued: a job nobody can follow must not run.
            active.remove(job.id());
            files.values().stream().map(Path::getParent).distinct().forEach(ImportService::deleteQuietly);
            LOG.errorf(e, "Cannot store import %s", job.id());
            throw new ProblemException(
                    ProblemType.UNAVAILABLE,
                    "The import could not be queued: the graph did not answer. Try again later.");
        }
        worker.submit(() -> run(job, files));
        return job;
    }

    /**
     * The job as this instance runs it, else as stored (marked INTERRUPTED first if its instance is gone), when the
     * caller started it or is an admin; else a 404 problem.
     */
    public ImportJob find(String id, Caller caller) {
        ImportJob job = active.get(id);
        if (job == null) {
            recovery.recover(stored, id, List.copyOf(active.keySet()));
            job = stored.find(id).orElse(null);
        }
        return access.readable(caller, job, id);
    }

    /**
     * A page of the caller's past imports, newest first (an agency's own, every one for an admin), with one
     * job more than {@code limit} when there is a next page; a job this instance runs as it is now.
     */
    public List<ImportJob> list(ImportJobCursor before, int limit, Caller caller) {
        String owner = access.listedOwner(caller);
        recovery.recover(stored, null, List.copyOf(active.keySet()));
        return stored.newestFirst(owner, before, limit + 1).stream()
                .map(job -> active.getOrDefault(job.id(), job))
                .toList();
    }

    private void run(ImportJob job, Map<CordisFile, Path> files) {
        try {
            job.started();
            stored.save(job, instance);
            importer.run(job, files, () -> stored.save(job, instance));
            job.succeeded();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", job.id());
            job.failed(
                    e instanceof DatasetImporter.UnreadableFile
                            ? e.getMessage()
                            : "The graph refused a batch: " + e.getMessage());
        } finally {
            files.values().stream().map(Path::getParent).distinct().forEach(ImportService::deleteQuietly);
        }
        finish(job);
    }

    private void finish(ImportJob job) {
        try {
            stored.save(job, instance);
        } catch (RuntimeException e) {
            // Kept in memory: readers see it until a restart, after which the stored job reads INTERRUPTED.
            LOG.errorf(e, "Cannot store the end of import %s", job.id());
            return;
        }
        active.remove(job.id());
    }

    private static Map<CordisFile, Path> copy(Map<CordisFile, Path> uploads) {
        try {
            Path directory = Files.createTempDirectory("partner-graph-import-");
            Map<CordisFile, Path> files = new EnumMap<>(CordisFile.class);
            for (Map.Entry<CordisFile, Path> upload : uploads.entrySet()) {
                Path target = directory.resolve(upload.getKey().fileName());
                Files.copy(upload.getValue(), target);
                files.put(upload.getKey(), target);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded files", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Cannot delete %s: %s", directory, e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
