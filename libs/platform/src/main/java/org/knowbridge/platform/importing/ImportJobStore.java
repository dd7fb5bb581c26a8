package org.knowbridge.platform.importing;

/**
 * Where a service keeps its import jobs (PostgreSQL, Neo4j). Every queued or running job names the instance
 * running it ({@link ServiceInstance}) and when that instance last showed it was alive, so a job of a
 * dead instance is marked INTERRUPTED instead of staying RUNNING forever.
 */
public interface ImportJobStore {

    /** Marks the {@code abandoned} jobs INTERRUPTED, in a transaction of its own; how many it marked. */
    long interruptAbandoned(AbandonedJobs abandoned);
}
