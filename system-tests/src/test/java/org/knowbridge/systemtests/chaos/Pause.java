package org.knowbridge.systemtests.chaos;

import java.time.Duration;

/** A wait of the chaos run and the soak, which an interrupt ends as a failure. */
final class Pause {

    private Pause() {}

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Waits for a thread of the load to end, up to a minute (its request in flight gets an answer or times out). */
    static void untilEnded(Thread thread) {
        try {
            thread.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + thread.getName() + " ended", e);
        }
    }
}
