package org.knowbridge.firmprofiles.service.importing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.knowbridge.firmprofiles.domain.ImportError;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.repository.ImportErrorRepository;
import org.knowbridge.firmprofiles.repository.ImportJobRepository;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Bulk onboarding: a file is read and checked at upload, then imported in the background chunk by chunk,
 * each chunk one transaction, so progress can be read while it runs. A job left running by an instance that
 * stopped reads INTERRUPTED (see ImportRecovery): re-importing the file completes it, since imports are idempotent.
 */
@ApplicationScoped
public class FirmImportService {

    private static final Logger LOG = Logger.getLogger(FirmImportService.class);
    /** Attempts per chunk: a chunk may lose a race with a concurrent change of one of its firms. */
    private static final int CHUNK_ATTEMPTS = 3;

    private final ImportFileReader reader;
    private final ImportChunkWriter writer;
    private final ImportJobRepository jobs;
    private final ImportErrorRepository errors;
    private final ImportJobAccess access;
    private final String instance;
    private final long staleSeconds;
    private final int chunkSize;
    private final int maxLines;
    /** The jobs this instance has queued or runs. */
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    // One import at a time per instance: the database, not this service, is the bottleneck.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "firm-import");
        thread.setDaemon(true);
        return thread;
    });

    public FirmImportService(
            ImportFileReader reader,
            ImportChunkWriter writer,
            ImportJobRepository jobs,
            ImportErrorRepository errors,
            ImportJobAccess access,
            ServiceInstance instance,
            @ConfigProperty(name = "knowbridge.import.stale-after-seconds", defaultValue = "300") long staleSeconds,
            @ConfigProperty(name = "knowbridge.import.chunk-size", defaultValue = "500") int chunkSize,
            @ConfigProperty(name = "knowbridge.import.max-lines", defaultValue = "100000") int maxLines) {
        this.reader = reader;
        this.writer = writer;
        this.jobs = jobs;
        this.errors = errors;
        this.access = access;
        this.instance = instance.id();
        this.staleSeconds = staleSeconds;
        this.chunkSize = chunkSize;
        this.maxLines = maxLines;
    }

    /** Checks the file, records the job and starts it; the job as created. */
    public Uni<ImportJob> start(ImportFormat format, String content) {
        List<ImportLine> lines = reader.read(format, content);
        if (lines.size() > maxLines) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE, "A file may hold up to " + maxLines + " lines; split it");
        }
        String owner = access.owner();
        return create(format, lines.size(), owner).invoke(job -> {
            active.add(job.id);
            worker.submit(() -> run(job.id, lines));
        });
    }

    private Uni<ImportJob> create(ImportFormat format, int totalLines, String owner) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.ownerOrg = owner;
        job.format = format.name();
        job.status = ImportState.RUNNING;
        job.totalLines = totalLines;
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.ownerInstance = instance;
        job.heartbeatAt = job.createdAt;
        return Panache.withTransaction(() -> jobs.persist(job));
    }

    /**
     * The job (marked INTERRUPTED first if its instance is gone) and its first per-line errors, when the caller
     * started it or is an admin.
     */
    public Uni<JobProgress> progress(UUID jobId, int maxErrors) {
        return Panache.withTransaction(() -> jobs.interruptAbandoned(jobId, instance, List.copyOf(active), staleSeconds)
                .chain(() -> jobs.findById(jobId))
                .map(job -> access.readable(job, jobId))
                .chain(job -> errors.firstOfJob(jobId, maxErrors).map(found -> new JobProgress(job, found))));
    }

    public record JobProgress(ImportJob job, List<ImportError> errors) {}

    /**
     * A page of the caller's past imports, newest first (an agency's own, every one for an admin), with one
     * job more than {@code limit} when there is a next page. Jobs of instances that are gone read INTERRUPTED.
     */
    public Uni<List<ImportJob>> list(ImportJobCursor before, int limit) {
        String owner = access.listedOwner();
        return Panache.withTransaction(() -> jobs.interruptAbandoned(null, instance, List.copyOf(active), staleSeconds)
                .chain(() -> jobs.newestFirst(owner, before, limit + 1)));
    }

    private void run(UUID jobId, List<ImportLine> lines) {
        boolean succeeded = true;
        for (int from = 0; from < lines.size() && succeeded; from += chunkSize) {
            succeeded = writeChunk(jobId, lines.subList(from, Math.min(lines.size(), from + chunkSize)));
        }
        ImportState outcome = succeeded ? ImportState.SUCCEEDED : ImportState.FAILED;
        try {
            VertxContextSupport.subscribeAndAwait(() -> finish(jobId, outcome));
        } catch (Throwable e) {
            LOG.errorf(e, "Cannot record the end of import job %s", jobId);
        }
        active.remove(jobId);
    }

    private boolean writeChunk(UUID jobId, List<ImportLine> chunk) {
        for (int attempt = 1; attempt <= CHUNK_ATTEMPTS; attempt++) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> writer.write(jobId, chunk));
                return true;
            } catch (Throwable e) {
                LOG.warnf(e, "Import job %s: a chunk failed (attempt %d of %d)", jobId, attempt, CHUNK_ATTEMPTS);
            }
        }
        return false;
    }

    private Uni<Void> finish(UUID jobId, ImportState outcome) {
        return Panache.withTransaction(() -> jobs.findById(jobId)
                .invoke(job -> {
                    job.status = job.status.to(outcome);
                    job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                })
                .replaceWithVoid());
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
