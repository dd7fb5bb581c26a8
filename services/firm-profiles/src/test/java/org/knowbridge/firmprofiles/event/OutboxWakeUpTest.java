package org.knowbridge.firmprofiles.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.firmprofiles.TestFirms;
import org.knowbridge.platform.messaging.PostgresOutbox;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * The outbox relay wakes when a write that added an event commits, not at its next poll: an outbox waiting for a
 * minute returns as soon as a firm is onboarded through the API. A second outbox on the same table waits here, so
 * that whichever relay runs beside the test (this instance's, or a running platform's) changes nothing.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class OutboxWakeUpTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    @Inject
    Pool pool;

    @Test
    void aCommittedWriteWakesTheWaitingRelay() throws Exception {
        PostgresOutbox outbox = new PostgresOutbox(pool, 42L, Topic.FIRMS);
        outbox.awaitNewEvents(Duration.ofMillis(1)); // the first wait opens the listening connection
        assertTrue(outbox.listening(), "the outbox listens for new events");
        while (outbox.awaitNewEvents(Duration.ofMillis(200))) {
            // Drain the wake-ups of writes by others (other tests, a running platform) before this test's write.
        }

        // A thread of its own: the common pool may have a single thread on a small machine, one the service needs.
        try (ExecutorService waiter = Executors.newSingleThreadExecutor()) {
            Future<Boolean> woken = waiter.submit(() -> outbox.awaitNewEvents(A_MINUTE));
            TestFirms.onboard(TestFirms.uniqueName("Wake-up"), "FI");
            assertTrue(
                    woken.get(A_MINUTE.toSeconds() + 5, TimeUnit.SECONDS), "woken by the commit, not by the timeout");
        }
    }
}
