package org.knowbridge.partnergraph.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.partnergraph.domain.DatasetFile;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.repository.ImportJobRepository;

/**
 * Accepts dataset imports and runs them one at a time in the background (two imports at once would only
 * contend for the same locks). Each job is stored in the graph when queued, after every batch and when it
 * ends, so its state survives a restart; a job this service was running when it stopped is reported as
 * INTERRUPTED after the restart (it is not resumed: the uploaded files were temporary, and re-importing them
 * completes the job since imports are idempotent).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final DatasetImporter importer;
    private final ImportJobRepository stored;
    private final String instance;
    private final long staleSeconds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "dataset-import"));
    /** The jobs this instance has queued or is running: fresher than their last stored batch. */
    private final Map<String, ImportJob> active = new ConcurrentHashMap<>();

    public ImportService(DatasetImporter importer, ImportJobRepository stored, ServiceInstance instance,
            @ConfigProperty(name = "knowbridge.import.stale-after-seconds") long staleSeconds) {
        this.importer = importer;
        this.stored = stored;
        this.instance = instance.id();
        this.staleSeconds = staleSeconds;
    }

    /** Jobs left queued or running by this instance before it restarted, or by instances gone silent, are interrupted. */
    void onStart(@Observes StartupEvent event) {
        long interrupted = stored.interruptAbandoned(null, instance, List.of(), staleSeconds);
        if (interrupted > 0) {
            LOG.warnf("Marked %d import(s) INTERRUPTED: the service stopped while they were queued or running", interrupted);
        }
    }

    /**
     * Takes over the uploaded files (copied, since the upload's own files go with the request) and queues
     * the job. Headers are checked now, so a wrong file is a 400 rather than a failed job.
     */
    public ImportJob submit(Map<DatasetFile, Path> uploads, String source, String submittedBy) {
        if (uploads.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Send at least one of organisations, projects, participations");
        }
        try {
            importer.checkHeaders(uploads);
        } catch (DatasetImporter.UnreadableFile e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
        Map<DatasetFile, Path> files = copy(uploads);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), source, submittedBy, new ArrayList<>(files.keySet()));
        active.put(job.id(), job);
        try {
            stored.save(job, instance);
        } catch (RuntimeException e) {
            // Not queued: a job nobody can follow must not run.
            active.remove(job.id());
            files.values().stream().map(Path::getParent).distinct().forEach(ImportService::deleteQuietly);
            LOG.errorf(e, "Cannot store import %s", job.id());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The import could not be queued: the graph did not answer. Try again later.");
        }
        worker.submit(() -> run(job, files));
        return job;
    }

    /** The job as this instance runs it, else as stored (marked INTERRUPTED first if its owner is gone). */
    public Optional<ImportJob> find(String id) {
        ImportJob running = active.get(id);
        if (running != null) {
            return Optional.of(running);
        }
        stored.interruptAbandoned(id, instance, List.copyOf(active.keySet()), staleSeconds);
        return stored.find(id);
    }

    private void run(ImportJob job, Map<DatasetFile, Path> files) {
        try {
            job.started();
            stored.save(job, instance);
            importer.run(job, files, () -> stored.save(job, instance));
            job.succeeded();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", job.id());
            job.failed(e instanceof DatasetImporter.UnreadableFile ? e.getMessage() : "The graph refused a batch: " + e.getMessage());
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

    private static Map<DatasetFile, Path> copy(Map<DatasetFile, Path> uploads) {
        try {
            Path directory = Files.createTempDirectory("partner-graph-import-");
            Map<DatasetFile, Path> files = new EnumMap<>(DatasetFile.class);
            for (Map.Entry<DatasetFile, Path> upload : uploads.entrySet()) {
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
