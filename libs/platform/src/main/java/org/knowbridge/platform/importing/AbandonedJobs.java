package org.knowbridge.platform.importing;

import java.util.List;

/**
 * The queued and running jobs a store marks INTERRUPTED, as {@link ImportRecovery} judges them: those of
 * {@code instance} (this one) that it does not run ({@code running}: it restarted), and those of other instances
 * silent for more than {@code staleSeconds}; all such jobs, or only the one with {@code jobId} when not null.
 */
public record AbandonedJobs(String jobId, String instance, List<String> running, long staleSeconds) {

    public AbandonedJobs {
        running = List.copyOf(running);
    }
}
