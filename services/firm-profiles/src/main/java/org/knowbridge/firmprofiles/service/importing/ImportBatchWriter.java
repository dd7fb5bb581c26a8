package org.knowbridge.firmprofiles.service.importing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.ImportError;
import org.knowbridge.firmprofiles.domain.ImportJob;
import org.knowbridge.firmprofiles.event.FirmEvents;
import org.knowbridge.firmprofiles.event.OutboxMessage;
import org.knowbridge.firmprofiles.repository.FirmRepository;
import org.knowbridge.firmprofiles.repository.ImportJobRepository;
import org.knowbridge.firmprofiles.repository.OutboxMessageRepository;
import org.knowbridge.platform.importing.ImportSettings;
import org.knowbridge.platform.importing.LineErrorCap;
import org.knowbridge.platform.problem.Problem;

/**
 * Upserts one batch of import lines by external id, records their events and the job's progress, all in
 * one transaction. A line that changes nothing writes nothing and emits no event.
 */
@ApplicationScoped
public class ImportBatchWriter {

    private final FirmRepository firms;
    private final ImportJobRepository jobs;
    private final FirmEvents events;
    private final OutboxMessageRepository outbox;
    private final LineErrorCap errorCap;

    public ImportBatchWriter(
            FirmRepository firms,
            ImportJobRepository jobs,
            FirmEvents events,
            OutboxMessageRepository outbox,
            ImportSettings settings) {
        this.firms = firms;
        this.jobs = jobs;
        this.events = events;
        this.outbox = outbox;
        this.errorCap = LineErrorCap.of(settings);
    }

    @WithTransaction
    public Uni<Void> write(UUID jobId, List<ImportLine> batch) {
        List<String> externalIds = batch.stream()
                .filter(ImportLine.FirmLine.class::isInstance)
                .map(line -> ((ImportLine.FirmLine) line).externalId())
                .distinct()
                .toList();
        Uni<List<Firm>> existing =
                externalIds.isEmpty() ? Uni.createFrom().item(List.of()) : firms.findByExternalIds(externalIds);
        return jobs.findById(jobId).chain(job -> existing.chain(found -> apply(job, batch, found)));
    }

    private Uni<Void> apply(ImportJob job, List<ImportLine> batch, List<Firm> found) {
        Map<String, Firm> byExternalId = new HashMap<>();
        found.forEach(firm -> byExternalId.put(firm.externalId, firm));
        List<Firm> created = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (ImportLine line : batch) {
            job.processed++;
            switch (line) {
                case ImportLine.Skipped skipped -> job.skipped++;
                case ImportLine.Invalid invalid -> fail(job, invalid.line(), invalid.errors(), errors);
                case ImportLine.FirmLine firmLine -> {
                    Firm firm = byExternalId.get(firmLine.externalId());
                    if (firm == null) {
                        firm = Firm.draft(UUID.randomUUID(), firmLine.normalised(), job.ownerOrg, now);
                        firm.externalId = firmLine.externalId();
                        byExternalId.put(firm.externalId, firm);
                        created.add(firm);
                        messages.add(events.message(EventType.FirmRegistered, firm));
                        job.created++;
                    } else if (job.ownerOrg != null && !Objects.equals(job.ownerOrg, firm.onboardedBy)) {
                        // Never reveal or touch another agency's firm.
                        fail(
                                job,
                                firmLine.line(),
                                List.of(new Problem.FieldError(
                                        "externalId", "is already registered by another organisation")),
                                errors);
                    } else if (firm.apply(
                            ProfileMerge.merge(firm.profile(), firmLine.given(), firmLine.normalised()))) {
                        firm.updatedAt = now;
                        messages.add(events.message(EventType.FirmUpdated, firm));
                        job.updated++;
                    } else {
                        job.unchanged++;
                    }
                }
            }
        }
        // The failed count goes on beyond the errors kept.
        List<ImportError> kept = errors.subList(0, errorCap.room(job.failed - errors.size(), errors.size()));
        job.heartbeatAt = now;
        // New firms and all events go in one statement each. The updated firms are flushed before the events
        // are written, so an event's outbox id is drawn while its firm's row is locked: one firm's events keep
        // their order when a concurrent change touches it too.
        return jobs.heartbeat(job.ownerInstance, now)
                .chain(() -> firms.insertAll(created))
                .chain(Panache::getSession)
                .chain(session -> session.flush()
                        .chain(() -> outbox.appendAll(messages))
                        .chain(() -> session.persistAll(kept.toArray())));
    }

    private static void fail(ImportJob job, int line, List<Problem.FieldError> lineErrors, List<ImportError> errors) {
        job.failed++;
        for (Problem.FieldError error : lineErrors) {
            errors.add(ImportError.of(job.id, line, error.field(), error.message()));
        }
    }
}
