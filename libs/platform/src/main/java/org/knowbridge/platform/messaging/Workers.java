package org.knowbridge.platform.messaging;

import java.time.Duration;

/** What the messaging layer's own threads (a follower's reader, a group member) do when stopping and retrying. */
final class Workers {

    /** How long a worker waits after a failure before it tries again. */
    private static final Duration RETRY = Duration.ofSeconds(2);

    private Workers() {}

    /** Waits up to {@code bound} for the worker to end; returns early, keeping the flag, when interrupted. */
    static void join(Thread worker, Duration bound) {
        if (worker == null) {
            return;
        }
        try {
            worker.join(bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits before a retry; false when interrupted meanwhile (the worker should end). */
    static boolean pauseBeforeRetry() {
        try {
            Thread.sleep(RETRY);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
