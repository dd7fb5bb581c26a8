package org.knowbridge.platform.event;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event's effect again while its store is unreachable (PostgreSQL or Neo4j restarting after a
 * crash). Without it the failure stops the consumer's channel for good, and the service stays not ready until it
 * is restarted; with it the record waits, unacknowledged, until the store is back. A record whose data is bad
 * ({@link IllegalArgumentException}) is not retried, nor one whose store's pool its application closed, and after {@code giveUpAfter} the failure propagates as before.
 */
public final class StoreOutageRetry {

    /** Longer than a store takes to come back after a crash on a busy machine. */
    public static final StoreOutageRetry DEFAULT =
            new StoreOutageRetry(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(10));

    private static final Logger LOG = Logger.getLogger(StoreOutageRetry.class);

    private final Duration firstPause;
    private final Duration longestPause;
    private final Duration giveUpAfter;

    /** What applies the effect; it may throw whatever its store's client throws. */
    @FunctionalInterface
    public interface Effect {
        void apply() throws Throwable;
    }

    public StoreOutageRetry(Duration firstPause, Duration longestPause, Duration giveUpAfter) {
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * A pool closed by its own application (it is stopping) never comes back: waiting would only hold the record,
     * and the consumer's partitions, from the instance that follows.
     */
    static boolean closedForGood(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if ("Pool closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Applies {@code effect}, again after a pause (doubling up to the longest) while it fails. */
    public void apply(String what, Effect effect) throws Throwable {
        long giveUpAt = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                effect.apply();
                if (attempt > 1) {
                    LOG.infof("Applied %s at attempt %d: its store is back", what, attempt);
                }
                return;
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            } catch (Exception e) {
                if (closedForGood(e) || System.nanoTime() + pause.toNanos() > giveUpAt) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf("Cannot apply %s (%s); trying again until its store is back", what, e.toString());
                }
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            }
        }
    }
}
