package org.knowbridge.systemtests.chaos;

import java.time.Duration;

/** A sleep of the chaos run, which an interrupt ends as a failure. */
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
}
