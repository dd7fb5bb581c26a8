package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.contracts.cordis.CsvLines;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.ImportRepository;
import org.knowbridge.partnergraph.repository.OutboxRepository;
import org.knowbridge.platform.importing.ImportSettings;
import org.knowbridge.platform.importing.LineErrorCap;
import org.knowbridge.platform.messaging.OutboxEvent;

/**
 * Imports the files of one dataset into the graph, batch by batch, recording progress and line errors on the
 * job as it goes. Organisations that are new or changed get an OrganisationUpserted event in their batch's
 * transaction; participations emit none, because co-participation is derived from the graph and one event
 * per organisation pair would be hundreds of thousands of events (consumers rebuild from the graph instead).
 */
@ApplicationScoped
public class DatasetImporter {

    /** Thrown when a file cannot be imported at all, e.g. a header without a required column. */
    public static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message);
        }
    }

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);

    private final ImportRepository repository;
    private final GraphEvents events;
    private final int batchSize;
    private final LineErrorCap errorCap;

    public DatasetImporter(ImportRepository repository, GraphEvents events, ImportSettings settings) {
        this.repository = repository;
        this.events = events;
        this.batchSize = settings.batchSize();
        this.errorCap = LineErrorCap.of(settings);
    }

    /** Checks every header before anything is written, so a wrong file fails the job without a partial import. */
    public void checkHeaders(Map<CordisFile, Path> files) {
        for (Map.Entry<CordisFile, Path> file : files.entrySet()) {
            columns(file.getKey(), file.getValue());
        }
    }

    /** Imports the files in order; {@code afterBatch} runs after every batch written, e.g. to store the progress. */
    public void run(ImportJob job, Map<CordisFile, Path> files, Runnable afterBatch) {
        for (CordisFile file : CordisFile.values()) {
            Path path = files.get(file);
            if (path != null) {
                long start = System.nanoTime();
                importFile(job, file, path, afterBatch);
                LOG.infof("Import %s: %s in %.1f s", job.id(), file.fileName(), (System.nanoTime() - start) / 1e9);
            }
        }
        refreshSearchFields(job);
    }

    /**
     * Search fields are recomputed once per organisation at the end, not per batch: a large organisation is in
     * thousands of projects and would be recomputed in every batch that names it. Only organisations whose
     * participations or projects changed are: each batch marks them as it writes the change, so a job cut short
     * before this step leaves its marks to the next import, and a re-import that changes nothing costs nothing here.
     */
    private void refreshSearchFields(ImportJob job) {
        long start = System.nanoTime();
        long refreshed = 0;
        for (long batch = repository.refreshStaleSearchFields(batchSize);
                batch > 0;
                batch = repository.refreshStaleSearchFields(batchSize)) {
            refreshed += batch;
        }
        LOG.infof(
                "Import %s: search fields of %d organisations in %.1f s",
                job.id(), refreshed, (System.nanoTime() - start) / 1e9);
    }

    private void importFile(ImportJob job, CordisFile file, Path path, Runnable afterBatch) {
        ImportJob.FileProgress progress = job.progress(file);
        Map<String, Long> firstLineOfKey = new HashMap<>();
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        long rejectedSinceFlush = 0;
        try (CsvLines csv = open(path)) {
            CordisFile.Header header = header(file, csv);
            DatasetRows rows = new DatasetRows(job.source(), header.positions());
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                try {
                    List<String> fields = fields(line, header);
                    Map<String, Object> parameters = parse(file, rows, fields);
                    String identity = identity(file, parameters);
                    Long firstLine = firstLineOfKey.putIfAbsent(identity, line.line());
                    if (firstLine != null) {
                        throw new DatasetRows.InvalidRow(
                                duplicate(file, identity) + ": first used on line " + firstLine);
                    }
                    parameters.put("line", line.line());
                    batch.add(parameters);
                } catch (DatasetRows.InvalidRow invalid) {
                    progress.failed(line.line(), invalid.getMessage(), errorCap);
                    rejectedSinceFlush++;
                }
                if (batch.size() == batchSize) {
                    write(job, file, batch, progress, rejectedSinceFlush);
                    afterBatch.run();
                    batch.clear();
                    rejectedSinceFlush = 0;
                }
            }
            write(job, file, batch, progress, rejectedSinceFlush);
            afterBatch.run();
        }
    }

    /** The fields of a line that reads as a row of the file; else why not. */
    private static List<String> fields(CsvLines.Line line, CordisFile.Header header) throws DatasetRows.InvalidRow {
        return switch (line) {
            case CsvLines.Bad bad -> throw new DatasetRows.InvalidRow(bad.message());
            case CsvLines.Row row
            when row.fields().size() != header.size() ->
                throw new DatasetRows.InvalidRow("expected " + header.size() + " fields, found "
                        + row.fields().size());
            case CsvLines.Row row -> row.fields();
        };
    }

    private Map<String, Object> parse(CordisFile file, DatasetRows rows, List<String> fields)
            throws DatasetRows.InvalidRow {
        return switch (file) {
            case ORGANISATIONS -> rows.organisation(fields);
            case PROJECTS -> rows.project(fields);
            case PARTICIPATIONS -> rows.participation(fields);
        };
    }

    /** A row the file already had: the first one counts, so a later one never silently overwrites it. */
    private static String duplicate(CordisFile file, String identity) {
        return file == CordisFile.PARTICIPATIONS
                ? "duplicate participation (same project, organisation and role)"
                : "duplicate id " + identity;
    }

    private static String identity(CordisFile file, Map<String, Object> row) {
        return switch (file) {
            case ORGANISATIONS, PROJECTS -> (String) row.get("key");
            case PARTICIPATIONS -> row.get("project") + " " + row.get("organisation") + " " + row.get("role");
        };
    }

    private void write(
            ImportJob job,
            CordisFile file,
            List<Map<String, Object>> batch,
            ImportJob.FileProgress progress,
            long rejected) {
        if (!batch.isEmpty()) {
            ImportRepository.BatchResult result = switch (file) {
                case ORGANISATIONS -> repository.upsertOrganisations(withEvents(batch), job.source());
                case PROJECTS -> repository.upsertProjects(batch, job.source());
                case PARTICIPATIONS -> repository.upsertParticipations(batch, job.source());
            };
            progress.written(result.created(), result.updated(), result.unchanged());
            result.missing()
                    .forEach(m -> progress.failed(m.line(), "no " + m.what() + " with this id in the graph", errorCap));
        }
        progress.processed(batch.size() + rejected);
    }

    /** Adds to each organisation row the event it gets if the write creates or changes it. */
    private List<Map<String, Object>> withEvents(List<Map<String, Object>> batch) {
        for (Map<String, Object> row : batch) {
            Organisation organisation = new Organisation(
                    (String) row.get("key"),
                    (String) row.get("name"),
                    (String) row.get("country"),
                    OrganisationType.valueOf((String) row.get("type")),
                    (Boolean) row.get("sme"),
                    null);
            OutboxEvent event = events.organisationUpserted(organisation, "IMPORTED");
            row.put("event", OutboxRepository.parameters(event));
        }
        return batch;
    }

    private static CsvLines open(Path path) {
        try {
            return CsvLines.of(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UnreadableFile(path.getFileName() + ": " + e.getMessage());
        }
    }

    /** The file's header; a missing required column makes the file unreadable. */
    private static CordisFile.Header columns(CordisFile file, Path path) {
        try (CsvLines csv = open(path)) {
            return header(file, csv);
        }
    }

    private static CordisFile.Header header(CordisFile file, CsvLines csv) {
        CsvLines.Line first = csv.next();
        if (first == null) {
            throw new UnreadableFile(file.fileName() + " is empty: it needs at least a header row");
        }
        if (!(first instanceof CsvLines.Row header)) {
            throw new UnreadableFile(file.fileName() + ": the header " + ((CsvLines.Bad) first).message());
        }
        try {
            return file.header(header.fields());
        } catch (CordisFile.MissingColumns e) {
            throw new UnreadableFile(e.getMessage());
        }
    }
}
