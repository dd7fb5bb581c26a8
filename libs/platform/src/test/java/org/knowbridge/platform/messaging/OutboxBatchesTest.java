package org.knowbridge.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;
import org.knowbridge.platform.observability.OutboxLag;

/** What a relay pass deletes: only the events Kafka acknowledged, and none after the first it did not. */
class OutboxBatchesTest {

    private final ListStore store = new ListStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aFullyAcknowledgedBatchIsSentInOrderAndDeleted() {
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        store.add("a", "b", "c");

        assertTrue(batches(kafka, 3).relayBatch(), "a full batch: more may wait");

        assertEquals(
                List.of("key-a", "key-b", "key-c"),
                kafka.history().stream().map(ProducerRecord::key).toList());
        ProducerRecord<String, String> first = kafka.history().get(0);
        assertEquals("knowbridge.test.v1", first.topic());
        assertEquals("{\"id\":\"a\"}", first.value());
        assertEquals(
                "application/cloudevents+json",
                new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        assertEquals(List.of(), store.ids());
        assertEquals(3.0, registry.get(EventMetrics.PRODUCED).counter().count());
        assertEquals(0.0, registry.get(OutboxLag.PENDING).gauge().value());
    }

    @Test
    void nothingFromTheFirstUnacknowledgedEventOnIsDeleted() throws Exception {
        MockProducer<String, String> kafka =
                new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        store.add("a", "b", "c", "d");
        OutboxBatches batches = batches(kafka, 3);

        CompletableFuture<Boolean> pass = CompletableFuture.supplyAsync(batches::relayBatch);
        while (kafka.history().size() < 3) {
            Thread.sleep(10);
        }
        kafka.completeNext();
        kafka.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker away"));
        kafka.completeNext(); // acknowledged, but after one that was not: sent again, after it

        Exception failed = assertThrows(Exception.class, pass::join);
        assertTrue(failed.getCause() instanceof IllegalStateException, "the pass reports what is left: " + failed);
        assertEquals(List.of("b", "c", "d"), store.ids(), "the rest stays in the outbox, in order");
        assertEquals(1.0, registry.get(EventMetrics.PRODUCED).counter().count());
        assertEquals(3.0, registry.get(OutboxLag.PENDING).gauge().value());
    }

    @Test
    void aSendThatFailsAtOnceStopsThePassSoNoLaterEventOvertakesIt() {
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        kafka.sendException = new org.apache.kafka.common.errors.TimeoutException("no metadata: broker away");
        store.add("a", "b", "c");

        assertThrows(IllegalStateException.class, batches(kafka, 3)::relayBatch);

        assertEquals(List.of("a", "b", "c"), store.ids());
        assertEquals(0, kafka.history().size(), "b and c were not sent after a failed");
    }

    @Test
    void afterAFailedPassOneEventAtATimeGoesUntilKafkaAcknowledgesAgain() {
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        kafka.sendException = new org.apache.kafka.common.errors.TimeoutException("broker away");
        store.add("a", "b", "c", "d");
        OutboxBatches batches = batches(kafka, 3);
        assertThrows(IllegalStateException.class, batches::relayBatch);

        kafka.sendException = null; // the broker is back
        assertTrue(batches.relayBatch(), "one event probed and acknowledged: more waits");
        assertEquals(
                List.of("key-a"),
                kafka.history().stream().map(ProducerRecord::key).toList());
        assertEquals(List.of("b", "c", "d"), store.ids());

        assertTrue(batches.relayBatch(), "full batches again");
        assertEquals(List.of(), store.ids());
        assertEquals(
                List.of("key-a", "key-b", "key-c", "key-d"),
                kafka.history().stream().map(ProducerRecord::key).toList());
    }

    @Test
    void aBatchThatIsNotFullSaysNothingMoreWaits() {
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        store.add("a");

        assertEquals(false, batches(kafka, 3).relayBatch());
        assertEquals(List.of(), store.ids());
    }

    private OutboxBatches batches(MockProducer<String, String> kafka, int batchSize) {
        return new OutboxBatches(
                store,
                kafka,
                Duration.ofSeconds(5),
                batchSize,
                new EventTracing(OpenTelemetry.noop()),
                new EventMetrics(registry, "test"),
                new OutboxLag(registry));
    }

    /** An outbox in memory: a claim is its oldest events, settling removes the acknowledged ones. */
    private static final class ListStore implements OutboxStore {

        private final List<OutboxEvent> events = new ArrayList<>();

        void add(String... ids) {
            for (String id : ids) {
                events.add(new OutboxEvent(
                        id, "knowbridge.test.v1", "key-" + id, "TestEvent", "{\"id\":\"" + id + "\"}", null));
            }
        }

        synchronized List<String> ids() {
            return events.stream().map(OutboxEvent::id).toList();
        }

        @Override
        public synchronized Claim claimOldest(int limit) {
            List<OutboxEvent> claimed = List.copyOf(events.subList(0, Math.min(limit, events.size())));
            return new Claim() {
                @Override
                public List<OutboxEvent> events() {
                    return claimed;
                }

                @Override
                public void settle(List<OutboxEvent> acknowledged) {
                    synchronized (ListStore.this) {
                        events.removeAll(acknowledged);
                    }
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public synchronized Backlog backlog() {
            return new Backlog(events.size(), events.isEmpty() ? null : Instant.now());
        }
    }
}
