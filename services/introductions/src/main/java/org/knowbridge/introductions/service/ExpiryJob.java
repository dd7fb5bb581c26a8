package org.knowbridge.introductions.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.background.BatchPoller;

/**
 * Expires open requests nobody answered in time, every {@code knowbridge.introductions.expiry-check}, on its own
 * thread. Several instances may run it: the introduction's version keeps an answer and an expiry from both winning.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final int BATCH = 200;

    private final BatchPoller poller;

    public ExpiryJob(
            IntroductionService introductions,
            @ConfigProperty(name = "knowbridge.introductions.expiry-check") Duration every) {
        this.poller = new BatchPoller(
                "introduction-expiry",
                every,
                BATCH,
                () -> VertxContextSupport.subscribeAndAwait(() -> introductions.expireDue(BATCH)));
    }

    void start(@Observes StartupEvent event) {
        poller.start();
    }

    void stop(@Observes ShutdownEvent event) {
        poller.stop();
    }
}
