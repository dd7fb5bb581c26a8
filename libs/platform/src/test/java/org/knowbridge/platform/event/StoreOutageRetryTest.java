package org.knowbridge.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoreOutageRetryTest {

    private final StoreOutageRetry retry =
            new StoreOutageRetry(Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(5));

    @Test
    void anEffectWhoseStoreIsBackAfterAFewFailuresIsAppliedOnceAndTheConsumerGoesOn() throws Throwable {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger applied = new AtomicInteger();
        retry.apply("an event", () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("Connection refused: /127.0.0.1:5433");
            }
            applied.incrementAndGet();
        });
        assertEquals(4, attempts.get());
        assertEquals(1, applied.get());
    }

    @Test
    void badDataIsNotTriedAgain() {
        assertEquals(1, attemptsUntilItFails(retry, new IllegalArgumentException("no firm id")));
    }

    @Test
    void aPoolItsApplicationClosedIsNotWaitedFor() {
        RuntimeException closed = new CompletionException(new IllegalStateException("Pool closed"));
        assertEquals(1, attemptsUntilItFails(retry, closed));
    }

    @Test
    void aStoreThatStaysAwayFailsTheEffectOnceTheTimeIsUp() {
        StoreOutageRetry brief =
                new StoreOutageRetry(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(50));
        int attempts = attemptsUntilItFails(brief, new IllegalStateException("Connection refused"));
        assertTrue(attempts > 1, "tried " + attempts + " times");
    }

    /** How often an effect that always fails with {@code failure} was tried before the failure came out. */
    private static int attemptsUntilItFails(StoreOutageRetry retry, RuntimeException failure) {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> retry.apply("an event", () -> {
                    attempts.incrementAndGet();
                    throw failure;
                }));
        assertSame(failure, thrown);
        return attempts.get();
    }
}
