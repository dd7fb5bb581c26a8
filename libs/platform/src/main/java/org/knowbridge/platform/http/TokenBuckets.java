package org.knowbridge.platform.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: a key may spend {@code capacity} tokens at once, and earns them back at
 * {@code refillPerMinute}. Held in memory, so each instance counts on its own.
 */
public final class TokenBuckets {

    // Beyond this many keys, buckets that are full again (callers gone quiet) are dropped, so the map stays small.
    private static final int SWEEP_ABOVE = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(long capacity, long refillPerMinute, LongSupplier nanoClock) {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("capacity and refill must be at least 1");
        }
        this.capacity = capacity;
        this.tokensPerNano = refillPerMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoClock = nanoClock;
    }

    /** Spends one token of the key: empty when there was one, else how long until there is. */
    public Optional<Duration> tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).tryAcquire(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updatedAt;

        Bucket(long now) {
            this.updatedAt = now;
        }

        synchronized Optional<Duration> tryAcquire(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
