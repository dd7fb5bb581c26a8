package org.knowbridge.platform.background;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a batch job on its own daemon thread: every {@code every} it runs passes until one handles less than a full
 * batch, so a backlog drains at once and a quiet system is asked only once per interval. A failed pass (the
 * database away, a lost race) is logged and tried again at the next interval.
 */
public final class BatchPoller {

    /** One pass of the job: the number of items it handled. */
    @FunctionalInterface
    public interface Pass {
        int run() throws Throwable;
    }

    private static final Logger LOG = Logger.getLogger(BatchPoller.class);

    private final String name;
    private final Duration every;
    private final int batchSize;
    private final Pass pass;
    private volatile boolean running;
    private Thread worker;

    /**
     * @param name the thread's name and the subject of its log lines
     * @param batchSize a pass that handled this many items is followed at once by another
     */
    public BatchPoller(String name, Duration every, int batchSize, Pass pass) {
        this.name = name;
        this.every = every;
        this.batchSize = batchSize;
        this.pass = pass;
    }

    public synchronized void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(every);
                int handled;
                do {
                    handled = pass.run();
                } while (handled >= batchSize && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                LOG.warnf("%s failed, trying again in %s: %s", name, every, e.getMessage());
            }
        }
    }
}
