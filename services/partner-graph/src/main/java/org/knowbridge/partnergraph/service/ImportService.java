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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.knowbridge.common.problem.ProblemException;
import org.knowbridge.common.problem.ProblemType;
import org.knowbridge.partnergraph.domain.DatasetFile;
import org.knowbridge.partnergraph.domain.ImportJob;

/**
 * Accepts dataset imports and runs them one at a time in the background (two imports at once would only
 * contend for the same locks). Jobs live in memory: the most recent ones stay readable until a restart.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int JOBS_KEPT = 100;

    private final DatasetImporter importer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "dataset-import"));
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > JOBS_KEPT;
        }
    };

    public ImportService(DatasetImporter importer) {
        this.importer = importer;
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
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        worker.submit(() -> run(job, files));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void run(ImportJob job, Map<DatasetFile, Path> files) {
        job.started();
        try {
            importer.run(job, files);
            job.succeeded();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", job.id());
            job.failed(e instanceof DatasetImporter.UnreadableFile ? e.getMessage() : "The graph refused a batch: " + e.getMessage());
        } finally {
            files.values().stream().map(Path::getParent).distinct().forEach(ImportService::deleteQuietly);
        }
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
