package org.knowbridge.platform.importing;

import java.util.Collection;

/**
 * Where a service keeps its import jobs (PostgreSQL, Neo4j). Every queued or running job names the instance
 * running it ({@link ServiceInstance}) and when that instance last showed it was alive, so a job of a
 * dead instance is marked INTERRUPTED instead of staying RUNNING forever.
 */
public interface ImportJobStore {

    /**
     * Marks INTERRUPTED the queued and running jobs (all, or only the one with {@code jobId} when not null) whose
     * instance is gone: those of {@code instance} that it does not run ({@code running}; it restarted), and
     * those of other instances silent for more than {@code staleSeconds}. How many it marked.
     */
    long interruptAbandoned(String jobId, String instance, Collection<String> running, long staleSeconds);
}
