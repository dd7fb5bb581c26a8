package org.knowbridge.firmprofiles.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.platform.importing.AbandonedJobs;
import org.knowbridge.platform.importing.ImportJobCursor;
import org.knowbridge.platform.importing.ImportJobStore;
import org.knowbridge.platform.importing.ImportState;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID>, ImportJobStore {

    private static final List<ImportState> ACTIVE = List.of(ImportState.QUEUED, ImportState.RUNNING);
    // "not in ()" is no SQL: an id no job has stands in for "none".
    private static final UUID NONE = new UUID(0, 0);

    /** At start-up: blocking, outside any request. */
    @Override
    public long interruptAbandoned(AbandonedJobs abandoned) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withTransaction(() -> interruptAbandonedInTransaction(abandoned)));
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot mark abandoned import jobs", e);
        }
    }

    /** As {@link ImportJobStore#interruptAbandoned}, in the caller's transaction. */
    public Uni<Integer> interruptAbandonedInTransaction(AbandonedJobs abandoned) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> running = abandoned.running().stream().map(UUID::fromString).toList();
        Parameters parameters = Parameters.with("interrupted", ImportState.INTERRUPTED)
                .and("now", now)
                .and("active", ACTIVE)
                .and("instance", abandoned.instance())
                .and("running", running.isEmpty() ? List.of(NONE) : running)
                .and("staleBefore", now.minusSeconds(abandoned.staleSeconds()));
        if (abandoned.jobId() != null) {
            parameters.and("id", UUID.fromString(abandoned.jobId()));
        }
        return update(
                "update ImportJob set status = :interrupted, finishedAt = :now"
                        + " where status in :active" + (abandoned.jobId() == null ? "" : " and id = :id")
                        + " and ((ownerInstance = :instance and id not in :running)"
                        + " or ((ownerInstance is null or ownerInstance <> :instance) and heartbeatAt < :staleBefore))",
                parameters);
    }

    /**
     * Up to {@code count} jobs, newest first, of one owner (null: every job) created before the cursor's job.
     */
    public Uni<List<ImportJob>> newestFirst(String ownerOrg, ImportJobCursor before, int count) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (ownerOrg != null) {
            where.add("ownerOrg = :owner");
            parameters.and("owner", ownerOrg);
        }
        if (before != null) {
            where.add("(createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", OffsetDateTime.ofInstant(before.createdAt(), ZoneOffset.UTC));
            parameters.and("id", UUID.fromString(before.id()));
        }
        String query = where.isEmpty() ? "from ImportJob" : "from ImportJob where " + String.join(" and ", where);
        return find(query, Sort.descending("createdAt", "id"), parameters)
                .page(Page.ofSize(count))
                .list();
    }

    /** The instance is alive: so are all the jobs it has queued or runs. */
    public Uni<Integer> heartbeat(String instance, OffsetDateTime now) {
        return update("heartbeatAt = ?1 where ownerInstance = ?2 and status in ?3", now, instance, ACTIVE);
    }
}
