package org.knowbridge.platform.importing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recovery after a crash: at start-up, the jobs this instance left queued or running before it stopped, and
 * those of instances silent for longer than {@code knowbridge.import.stale-after-seconds}, become INTERRUPTED.
 * Jobs of other live instances are left alone, so several instances may share one store.
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class);

    private final Instance<ImportJobStore> stores;
    private final ServiceInstance instance;
    private final long staleSeconds;

    public ImportRecovery(
            Instance<ImportJobStore> stores,
            ServiceInstance instance,
            @ConfigProperty(name = "knowbridge.import.stale-after-seconds", defaultValue = "300") long staleSeconds) {
        this.stores = stores;
        this.instance = instance;
        this.staleSeconds = staleSeconds;
    }

    void onStart(@Observes StartupEvent event) {
        recover();
    }

    /** Marks the abandoned jobs of every store; how many. */
    public long recover() {
        long interrupted = 0;
        for (ImportJobStore store : stores) {
            interrupted += store.interruptAbandoned(null, instance.id(), List.of(), staleSeconds);
        }
        if (interrupted > 0) {
            LOG.warnf(
                    "Marked %d import(s) INTERRUPTED: their instance stopped while they were queued or running",
                    interrupted);
        }
        return interrupted;
    }

    /** Marks the job INTERRUPTED if its instance is gone; {@code running}: the jobs this instance runs. */
    public void recover(ImportJobStore store, String jobId, List<String> running) {
        store.interruptAbandoned(jobId, instance.id(), running, staleSeconds);
    }
}
