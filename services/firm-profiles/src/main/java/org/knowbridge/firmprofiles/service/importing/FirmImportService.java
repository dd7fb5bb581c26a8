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
import org.jboss.logging.Logger;
import org.knowbridge.firmprofiles.domain.ImportError;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.repository.ImportErrorRepository;
import org.knowbridge.firmprofiles.repository.ImportJobRepository;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportRecovery;
import org.knowbridge.platform.importing.ImportSettings;
import org.knowbridge.platform.importing.ImportState;
import org.knowbridge.platform.importing.ServiceInstance;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Bulk onboarding: a file is read and checked at upload, then imported in the background batch by batch,
 * each batch one transaction, so progress can be read while it runs. A job left running by an instance that
 * stopped reads INTERRUPTED (see ImportRecovery): re-importing the file completes it, since imports are idempotent.
 */
@ApplicationScoped
public class FirmImportService {

    private static final Logger LOG = Logger.getLogger(FirmImportService.class);
    /** Attempts per batch: a batch may lose a race with a concurrent change of one of its firms. */
    private static final int BATCH_ATTEMPTS = 3;

    private final ImportFileReader reader;
    private final ImportBatchWriter writer;
    private final ImportJobRepository jobs;
    private final ImportErrorRepository errors;
    private final ImportJobAccess access;
    private final ImportRecovery recovery;
    private final String instance;
    private final int batchSize;
    private final int maxLines;
    private final int maxLineErrors;
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
            ImportBatchWriter writer,
            ImportJobRepository jobs,
            ImportErrorRepository errors,
            ImportJobAccess access,
            ImportRecovery recovery,
            ServiceInstance instance,
            ImportSettings settings) {
        this.reader = reader;
        this.writer = writer;
        this.jobs = jobs;
        this.errors = errors;
        this.access = access;
        this.recovery = recovery;
        this.instance = instance.id();
        this.batchSize = settings.batchSize();
        this.maxLines = settings.maxLines();
        this.maxLineErrors = settings.maxLineErrors();
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
     * The job (marked INTERRUPTED first if its instance is gone, by {@link ImportRecovery}'s rule) and the per-line
     * errors it kept, when the caller started it or is an admin.
     */
    public Uni<JobProgress> progress(UUID jobId) {
        return Panache.withTransaction(() -> jobs.interruptAbandonedInTransaction(
                        recovery.abandoned(jobId.toString(), running()))
                .chain(() -> jobs.findById(jobId))
                .map(job -> access.readable(job, jobId))
                .chain(job -> errors.firstOfJob(jobId, maxLineErrors).map(found -> new JobProgress(job, found))));
    }

    public record JobProgress(ImportJob job, List<ImportError> errors) {}

    /**
     * A page of the caller's past imports, newest first (an agency's own, every one for an admin), with one
     * job more than {@code limit} when there is a next page. Jobs of instances that are gone read INTERRUPTED.
     */
    public Uni<List<ImportJob>> list(ImportJobCursor before, int limit) {
        String owner = access.listedOwner();
        return Panache.withTransaction(() -> jobs.interruptAbandonedInTransaction(recovery.abandoned(null, running()))
                .chain(() -> jobs.newestFirst(owner, before, limit + 1)));
    }

    private List<String> running() {
        return active.stream().map(UUID::toString).toList();
    }

    private void run(UUID jobId, List<ImportLine> lines) {
        boolean succeeded = true;
        for (int from = 0; from < lines.size() && succeeded; from += batchSize) {
            succeeded = writeBatch(jobId, lines.subList(from, Math.min(lines.size(), from + batchSize)));
        }
        ImportState outcome = succeeded ? ImportState.SUCCEEDED : ImportState.FAILED;
        try {
            VertxContextSupport.subscribeAndAwait(() -> finish(jobId, outcome));
        } catch (Throwable e) {
            LOG.errorf(e, "Cannot record the end of import job %s", jobId);
        }
        active.remove(jobId);
    }

    private boolean writeBatch(UUID jobId, List<ImportLine> batch) {
        for (int attempt = 1; attempt <= BATCH_ATTEMPTS; attempt++) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> writer.write(jobId, batch));
                return true;
            } catch (Throwable e) {
                LOG.warnf(e, "Import job %s: a batch failed (attempt %d of %d)", jobId, attempt, BATCH_ATTEMPTS);
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
