package org.knowbridge.platform.importing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Recovery after a crash: at start-up, the jobs this instance left queued or running before it stopped, and
 * those of instances silent for longer than {@link ImportSettings#staleAfterSeconds}, become INTERRUPTED; when a
 * job or the list of jobs is read, the same rule marks those abandoned since. Jobs of other live instances are left
 * alone, so several instances may share one store.
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class);

    private final Instance<ImportJobStore> stores;
    private final ServiceInstance instance;
    private final long staleSeconds;

    public ImportRecovery(Instance<ImportJobStore> stores, ServiceInstance instance, ImportSettings settings) {
        this.stores = stores;
        this.instance = instance;
        this.staleSeconds = settings.staleAfterSeconds();
    }

    void onStart(@Observes StartupEvent event) {
        recover();
    }

    /** Marks the abandoned jobs of every store; how many. */
    public long recover() {
        long interrupted = 0;
        for (ImportJobStore store : stores) {
            interrupted += store.interruptAbandoned(abandoned(null, List.of()));
        }
        if (interrupted > 0) {
            LOG.warnf(
                    "Marked %d import(s) INTERRUPTED: their instance stopped while they were queued or running",
                    interrupted);
        }
        return interrupted;
    }

    /** Marks the job (all jobs when {@code jobId} is null) INTERRUPTED if its instance is gone. */
    public void recover(ImportJobStore store, String jobId, Collection<String> running) {
        store.interruptAbandoned(abandoned(jobId, running));
    }

    /**
     * The jobs (the one with {@code jobId}, or all when null) abandoned by now; {@code running}: the jobs this
     * instance runs. For a store that marks them within a transaction of the caller's.
     */
    public AbandonedJobs abandoned(String jobId, Collection<String> running) {
        return new AbandonedJobs(jobId, instance.id(), List.copyOf(running), staleSeconds);
    }
}
