package org.knowbridge.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(3, 6, now::get);

    @Test
    void aCallerMaySpendTheCapacityAtOnceThenWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.tryAcquire("alice").isEmpty(), "write " + (i + 1) + " of the burst");
        }
        // Six a minute: the next token is ten seconds away.
        assertEquals(Optional.of(Duration.ofSeconds(10)), buckets.tryAcquire("alice"));

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Optional.of(Duration.ofSeconds(6)), buckets.tryAcquire("alice"));

        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertTrue(buckets.tryAcquire("alice").isEmpty());
        assertTrue(buckets.tryAcquire("alice").isPresent());
    }

    @Test
    void callersHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("alice");
        }
        assertTrue(buckets.tryAcquire("alice").isPresent());
        assertTrue(buckets.tryAcquire("bob").isEmpty());
    }

    @Test
    void aQuietCallerEarnsNoMoreThanTheCapacity() {
        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.tryAcquire("alice").isEmpty());
        }
        assertTrue(buckets.tryAcquire("alice").isPresent());
    }
}
