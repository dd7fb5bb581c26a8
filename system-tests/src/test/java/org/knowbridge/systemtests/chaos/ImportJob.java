package org.knowbridge.systemtests.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Api.Answer;

/** A firm import the load started, and how it ended: finished, or interrupted by a kill and run again. */
final class ImportJob {

    static final String PATH = "/api/v1/firms/imports";
    static final String MEDIA_TYPE = "application/x-ndjson";

    private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "INTERRUPTED");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String file;
    private final String firstJob;
    private String firstState = "";
    private String rerunState = "";

    ImportJob(String file, String firstJob) {
        this.file = file;
        this.firstJob = firstJob;
    }

    /**
     * Waits until the job ended; one that a kill interrupted (or failed) is run again from the same file, as its
     * user would, and that run must succeed.
     */
    void settle() {
        firstState = awaitEnd(firstJob);
        if (!firstState.equals("SUCCEEDED")) {
            Answer rerun = Api.upload(DemoUsers.AGENCY, Service.FIRM_PROFILES, PATH, file, MEDIA_TYPE);
            rerunState = rerun.ok() ? awaitEnd(rerun.json().getString("id")) : "not accepted (" + rerun.status() + ")";
        }
    }

    /** Returns once the job stored its first lines, or ended, or after {@link #TIMEOUT}: a kill then meets it running. */
    void awaitFirstLines() {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Answer job = Api.get(DemoUsers.AGENCY, Service.FIRM_PROFILES, PATH + "/" + firstJob);
            if (job.status() == 200
                    && (job.json().getInt("processed") > 0
                            || ENDED.contains(job.json().getString("status")))) {
                return;
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    /** How it ended: SUCCEEDED, or e.g. "INTERRUPTED, rerun SUCCEEDED". */
    String outcome() {
        return rerunState.isEmpty() ? firstState : firstState + ", rerun " + rerunState;
    }

    boolean interrupted() {
        return !rerunState.isEmpty();
    }

    /** Succeeded at first, or when run again. */
    boolean succeeded() {
        return firstState.equals("SUCCEEDED") || rerunState.equals("SUCCEEDED");
    }

    private static String awaitEnd(String jobId) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        String state = "unknown";
        while (Instant.now().isBefore(deadline)) {
            Answer job = Api.get(DemoUsers.AGENCY, Service.FIRM_PROFILES, PATH + "/" + jobId);
            if (job.status() == 200) {
                state = job.json().getString("status");
                if (ENDED.contains(state)) {
                    return state;
                }
            }
            Pause.of(Duration.ofSeconds(1));
        }
        return state + " after " + TIMEOUT.toMinutes() + " min";
    }
}
