package org.knowbridge.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.knowbridge.platform.event.CloudEventRecords;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.platform.observability.OutboxLag;

/** One pass of the {@link OutboxRelay} at a time: a claimed batch sent, what Kafka acknowledged deleted, the backlog measured. */
final class OutboxBatches {

    private static final Logger LOG = Logger.getLogger(OutboxBatches.class);

    private final OutboxStore store;
    private final Producer<String, String> producer;
    private final Duration acknowledgementBound;
    private final int batchSize;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final OutboxLag lag;

    /**
     * Set after a pass that Kafka did not fully acknowledge: the next passes send one event at a time until one is
     * acknowledged, so that no later event can reach Kafka while an earlier one failed (it would arrive twice and
     * out of order when both are sent again).
     */
    private boolean probing;

    OutboxBatches(
            OutboxStore store,
            Producer<String, String> producer,
            Duration acknowledgementBound,
            int batchSize,
            EventTracing tracing,
            EventMetrics metrics,
            OutboxLag lag) {
        this.store = store;
        this.producer = producer;
        this.acknowledgementBound = acknowledgementBound;
        this.batchSize = batchSize;
        this.tracing = tracing;
        this.metrics = metrics;
        this.lag = lag;
    }

    /**
     * Publishes one batch; true when it was full and all of it acknowledged, so more may wait. Blocks while Kafka
     * is away (on the relay's own thread).
     */
    boolean relayBatch() {
        int claimed;
        int acknowledged;
        int limit = probing ? 1 : batchSize;
        try (OutboxStore.Claim claim = store.claimOldest(limit)) {
            List<OutboxEvent> events = claim.events();
            List<OutboxEvent> sent = awaitAcknowledged(events, send(events));
            claim.settle(sent);
            claimed = events.size();
            acknowledged = sent.size();
        }
        OutboxStore.Backlog backlog = store.backlog();
        lag.measured(backlog.pending(), backlog.oldest());
        probing = acknowledged < claimed;
        if (probing) {
            throw new IllegalStateException((claimed - acknowledged) + " event(s) not yet acknowledged by Kafka");
        }
        return claimed == limit;
    }

    /**
     * Sends in order, and stops at the first send that failed at once (no metadata while the broker is away, or refused by the client): the
     * events after it must not reach Kafka before it does.
     */
    private List<Future<RecordMetadata>> send(List<OutboxEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            Future<RecordMetadata> ack;
            try {
                ack = tracing.send(
                        producer,
                        CloudEventRecords.record(event.topic(), event.key(), event.payload()),
                        event.traceparent(),
                        null);
            } catch (RuntimeException refused) {
                ack = CompletableFuture.failedFuture(refused);
            }
            acks.add(ack);
            if (ack.isDone() && ack.state() == Future.State.FAILED) {
                break;
            }
        }
        return acks;
    }

    /**
     * The events Kafka acknowledged, up to the first one it did not: that one and those after it stay in the
     * outbox and go again, after it, so one aggregate's events never overtake each other.
     */
    private List<OutboxEvent> awaitAcknowledged(List<OutboxEvent> events, List<Future<RecordMetadata>> acks) {
        List<OutboxEvent> acknowledged = new ArrayList<>(events.size());
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent event = events.get(i);
            try {
                acks.get(i).get(acknowledgementBound.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(event);
                metrics.produced(event.topic(), event.type());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.warnf(
                        "Kafka did not acknowledge outbox event %s; it and the %d after it stay in the outbox: %s",
                        event.id(), events.size() - i - 1, e.getMessage());
                break;
            }
        }
        return acknowledged;
    }
}
