package org.knowbridge.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells this instance's outbox relay that a write has finished, for stores that cannot tell of their own commits
 * (Neo4j): an API write whose answer is out (see {@link org.knowbridge.platform.http.WriteEnds}), or a batch of
 * events a consumer applied. Its transaction has committed by then, so the relay looks at once instead of at its
 * next poll. Writes made by other instances are still found by polling.
 */
@ApplicationScoped
public class LocalWrites {

    private final Semaphore ended = new Semaphore(0);

    /** A write, and the events it may have added, has committed. */
    public void ended() {
        ended.release();
    }

    /** Waits for a write to end, or {@code atMost}; true when one ended. */
    boolean await(Duration atMost) throws InterruptedException {
        if (!ended.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        ended.drainPermits(); // one look finds every event committed so far
        return true;
    }
}
