package org.knowbridge.platform.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.platform.observability.OutboxLag;

/**
 * Publishes a service's outbox ({@link OutboxStore}, when the service has one) to Kafka on its own thread:
 * claims the oldest events, sends them in order with an idempotent producer, and deletes an event only once
 * Kafka acknowledged it and every event before it. Kafka being away just makes it wait and try again; nothing
 * is lost, and a crash between sending and deleting sends again (at least once: consumers drop an event id
 * they have seen). The store's claim keeps one relay at a time on an event, so one aggregate's events keep
 * their order when several instances share the store. Once the outbox is empty it waits for the store to tell of new
 * events (or, for a store that cannot, for this instance's writes to end), looking again after the idle pause at the
 * latest. The backlog is measured after each pass ({@link OutboxLag}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_FAILURE_PAUSE = Duration.ofSeconds(5);

    private final Instance<OutboxStore> stores;
    private final KafkaClients kafka;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final OutboxLag lag;
    private final LocalWrites localWrites;
    private final int batchSize;
    private final Duration idlePause;
    private Producer<String, String> producer;
    private OutboxStore store;
    private OutboxBatches batches;
    private Thread worker;
    private volatile boolean running;

    public OutboxRelay(
            Instance<OutboxStore> stores,
            KafkaClients kafka,
            EventTracing tracing,
            EventMetrics metrics,
            OutboxLag lag,
            LocalWrites localWrites,
            OutboxSettings settings) {
        this.stores = stores;
        this.kafka = kafka;
        this.tracing = tracing;
        this.metrics = metrics;
        this.lag = lag;
        this.localWrites = localWrites;
        this.batchSize = settings.batchSize();
        this.idlePause = settings.idlePause();
    }

    void start(@Observes StartupEvent event) {
        if (!stores.isResolvable()) {
            return; // a service without an outbox
        }
        producer = kafka.producer("outbox");
        store = stores.get();
        batches = new OutboxBatches(store, producer, kafka.acknowledgementBound(), batchSize, tracing, metrics, lag);
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker == null) {
            return;
        }
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    private void loop() {
        Duration failurePause = idlePause;
        while (running) {
            try {
                boolean more = batches.relayBatch();
                failurePause = idlePause;
                if (!more) {
                    awaitNewEvents();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay paused, retrying in %s: %s", failurePause, e.getMessage());
                try {
                    Thread.sleep(failurePause);
                } catch (InterruptedException stopped) {
                    return;
                }
                failurePause = longer(failurePause);
            }
        }
    }

    private void awaitNewEvents() throws InterruptedException {
        if (store.tellsOfNewEvents()) {
            store.awaitNewEvents(idlePause);
        } else {
            localWrites.await(idlePause);
        }
    }

    /** Backs off exponentially while Kafka or the store is away, up to a few seconds. */
    private static Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(MAX_FAILURE_PAUSE) > 0 ? MAX_FAILURE_PAUSE : doubled;
    }
}
