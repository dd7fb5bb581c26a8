package org.knowbridge.partnergraph.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.partnergraph.domain.ImportJob;
import org.knowbridge.platform.importing.AbandonedJobs;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportJobStore;
import org.knowbridge.platform.importing.ImportState;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Import jobs as {@code :ImportJob} nodes, so their state, counts and line errors outlive the process. Each
 * job names the service instance that runs it ({@code owner}) and when that instance last showed it was alive
 * ({@code heartbeatAt}): a queued or running job whose owner is gone is marked INTERRUPTED, never left RUNNING.
 */
@ApplicationScoped
public class ImportJobRepository implements ImportJobStore {

    static final String INTERRUPTED_DETAIL = "The service stopped while this import was queued or running; what it "
            + "imported so far stays. Import the same files again to complete it: a re-import changes only what is missing.";

    // Per-file progress is one JSON property: it is read and written whole, never queried.
    private static final String SAVE = """
            MERGE (j:ImportJob {id: $id})
            SET j.source = $source, j.submittedBy = $submittedBy, j.ownerOrg = $ownerOrg, j.state = $state, j.submittedAt = $submittedAt,
                j.startedAt = $startedAt, j.finishedAt = $finishedAt, j.detail = $detail, j.files = $files,
                j.owner = $owner, j.heartbeatAt = datetime()
            WITH j
            // The owner is alive: so are its other queued jobs.
            CALL (j) {
                MATCH (other:ImportJob {owner: j.owner})
                WHERE other.state IN ['QUEUED', 'RUNNING'] AND other <> j
                SET other.heartbeatAt = datetime()
            }
            """;

    private static final String FIND = """
            MATCH (j:ImportJob {id: $id})
            RETURN j
            """;

    /** Newest first; jobs stored before owners were recorded have no ownerOrg and are listed to admins only. */
    private static final String NEWEST_FIRST = """
            MATCH (j:ImportJob)
            WHERE ($ownerOrg IS NULL OR j.ownerOrg = $ownerOrg)
              AND ($at IS NULL OR j.submittedAt < $at OR (j.submittedAt = $at AND j.id < $id))
            RETURN j
            ORDER BY j.submittedAt DESC, j.id DESC
            LIMIT $count
            """;

    /** The jobs of an owner that is gone: this instance before a restart, or another one silent for too long. */
    private static final String INTERRUPT = """
            MATCH (j:ImportJob)
            WHERE j.state IN ['QUEUED', 'RUNNING'] AND ($id IS NULL OR j.id = $id)
              AND ((j.owner = $owner AND NOT j.id IN $running)
                   OR (j.owner <> $owner AND j.heartbeatAt < datetime() - duration({seconds: $staleSeconds})))
            SET j.state = 'INTERRUPTED', j.finishedAt = datetime(), j.detail = $detail
            RETURN count(j) AS interrupted
            """;

    private final Driver driver;
    private final ObjectMapper json;

    public ImportJobRepository(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    public void save(ImportJob job, String owner) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", job.id());
        params.put("source", job.source());
        params.put("submittedBy", job.submittedBy());
        params.put("ownerOrg", job.ownerOrg());
        params.put("state", job.state().name());
        params.put("submittedAt", job.submittedAt());
        params.put("startedAt", job.startedAt());
        params.put("finishedAt", job.finishedAt());
        params.put("detail", job.detail());
        params.put("files", write(job.reports()));
        params.put("owner", owner);
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(SAVE, params).consume());
        }
    }

    public Optional<ImportJob> find(String id) {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(FIND, Map.of("id", id)).stream().findFirst().map(this::toJob));
        }
    }

    /** Up to {@code count} jobs, newest first, of one owner (null: every job) submitted before the cursor's job. */
    public List<ImportJob> newestFirst(String ownerOrg, ImportJobCursor before, int count) {
        Map<String, Object> params = new HashMap<>();
        params.put("ownerOrg", ownerOrg);
        params.put("at", before == null ? null : OffsetDateTime.ofInstant(before.createdAt(), ZoneOffset.UTC));
        params.put("id", before == null ? null : before.id());
        params.put("count", count);
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(NEWEST_FIRST, params).stream().map(this::toJob).toList());
        }
    }

    @Override
    public long interruptAbandoned(AbandonedJobs abandoned) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", abandoned.jobId());
        params.put("owner", abandoned.instance());
        params.put("running", abandoned.running());
        params.put("staleSeconds", abandoned.staleSeconds());
        params.put("detail", INTERRUPTED_DETAIL);
        try (Session session = driver.session()) {
            return session.executeWrite(
                    tx -> tx.run(INTERRUPT, params).single().get("interrupted").asLong());
        }
    }

    private ImportJob toJob(Record record) {
        Node j = record.get("j").asNode();
        return ImportJob.restore(
                j.get("id").asString(),
                j.get("source").asString(),
                j.get("submittedBy").asString(null),
                j.get("ownerOrg").asString(null),
                ImportState.valueOf(j.get("state").asString()),
                time(j.get("submittedAt")),
                time(j.get("startedAt")),
                time(j.get("finishedAt")),
                j.get("detail").asString(null),
                read(j.get("files").asString("[]")));
    }

    private static java.time.OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }

    private String write(List<ImportJob.FileReport> reports) {
        try {
            return json.writeValueAsString(reports);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the progress of an import", e);
        }
    }

    private List<ImportJob.FileReport> read(String files) {
        try {
            return json.readValue(files, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable progress of a stored import", e);
        }
    }
}
