package org.knowbridge.introductions.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Expires open requests nobody answered in time, every {@code knowbridge.introductions.expiry-check}, on its own
 * thread. Several instances may run it: the introduction's version keeps an answer and an expiry from both winning.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final int BATCH = 200;

    private final IntroductionService introductions;
    private final Duration every;
    private Thread worker;
    private volatile boolean running;

    public ExpiryJob(
            IntroductionService introductions,
            @ConfigProperty(name = "knowbridge.introductions.expiry-check") Duration every) {
        this.introductions = introductions;
        this.every = every;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = Thread.ofPlatform().daemon().name("introduction-expiry").start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(every);
                int expired;
                do {
                    expired = VertxContextSupport.subscribeAndAwait(() -> introductions.expireDue(BATCH));
                } while (expired == BATCH && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // The database away, or an answer won the race: the next pass tries again.
                LOG.warnf("Expiring introductions failed, trying again later: %s", e.getMessage());
            }
        }
    }
}
