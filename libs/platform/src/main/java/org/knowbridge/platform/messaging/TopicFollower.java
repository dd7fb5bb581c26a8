package org.knowbridge.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.observability.EventMetrics;
import org.knowbridge.platform.observability.EventTracing;

/**
 * Reads every partition of one topic on its own thread, from chosen offsets onwards, and hands each polled
 * batch of CloudEvents to a handler (a record that is no CloudEvent is logged and skipped, so one bad record
 * never blocks the topic). No consumer group: every instance of the service needs every event, and where it starts
 * is decided at start-up (the beginning, or where a bulk load left off), never by a committed position.
 * When the broker goes away it reconnects and carries on from the last batch it handled. Each event read is
 * counted, and a batch is handled in a span continuing the trace its records carry. Made by
 * {@link KafkaClients#follower}.
 */
public final class TopicFollower {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);

    private final String topic;
    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final EventTracing tracing;
    private final EventMetrics metrics;
    private final Function<List<TopicPartition>, Map<TopicPartition, Long>> startAt;
    private final Consumer<List<CloudEvent<JsonNode>>> handler;
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private Runnable whenQuiet = () -> {};
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private Thread reader;

    /**
     * @param startAt  the first offset to read per partition; a partition it leaves out is read from its beginning
     * @param handler  applies one batch, in offset order within each partition; must not throw for a bad event
     */
    TopicFollower(
            String topic,
            Supplier<KafkaConsumer<String, String>> consumers,
            EventTracing tracing,
            EventMetrics metrics,
            Function<List<TopicPartition>, Map<TopicPartition, Long>> startAt,
            Consumer<List<CloudEvent<JsonNode>>> handler) {
        this.topic = topic;
        this.consumers = consumers;
        this.tracing = tracing;
        this.metrics = metrics;
        this.startAt = startAt;
        this.handler = handler;
    }

    /**
     * Runs {@code task} on the reader's thread after each poll that found nothing (every 200 ms while the topic is
     * quiet), e.g. to finish work the handler put off while events kept coming. Set before {@link #start}.
     */
    public TopicFollower whenQuiet(Runnable task) {
        this.whenQuiet = task;
        return this;
    }

    public TopicFollower start() {
        reader = Thread.ofPlatform().daemon().name("follow-" + topic).start(this::readForever);
        return this;
    }

    /** True once every event that was in the topic when reading began has been handled. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public void stop() {
        running = false;
        Workers.join(reader, Duration.ofSeconds(5));
    }

    private void readForever() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = consumers.get()) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                consumer.assign(partitions);
                Map<TopicPartition, Long> first = startAt.apply(partitions);
                for (TopicPartition partition : partitions) {
                    Long offset = next.getOrDefault(partition, first.get(partition));
                    if (offset == null) {
                        consumer.seekToBeginning(List.of(partition));
                    } else {
                        consumer.seek(partition, offset);
                    }
                }
                Map<TopicPartition, Long> endAtStart = consumer.endOffsets(partitions);
                while (running) {
                    ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(200));
                    if (!polled.isEmpty()) {
                        tracing.process(topic, polled, () -> handler.accept(decoded(polled)));
                        polled.forEach(r -> next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1));
                    } else {
                        whenQuiet.run();
                    }
                    if (!caughtUp
                            && endAtStart.entrySet().stream()
                                    .allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                        caughtUp = true;
                        LOG.infof("Caught up with %s", topic);
                    }
                }
            } catch (KafkaException e) {
                LOG.warnf("Reading %s failed (%s); retrying", topic, e.getMessage());
                pause();
            } catch (RuntimeException e) {
                // A handler bug must not end the reader silently: say so, and retry the same batch later.
                LOG.errorf(e, "Applying events of %s failed; retrying", topic);
                pause();
            }
        }
    }

    private List<CloudEvent<JsonNode>> decoded(ConsumerRecords<String, String> records) {
        List<CloudEvent<JsonNode>> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent<JsonNode> event = CloudEventCodec.decode(record.value());
                events.add(event);
                metrics.consumed(topic, event.shortType());
            } catch (IllegalArgumentException e) {
                metrics.consumed(topic, EventMetrics.UNREADABLE);
                LOG.errorf(
                        "Skipping unreadable record %s-%d@%d: %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        return events;
    }

    static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private void pause() {
        if (!Workers.pauseBeforeRetry()) {
            running = false;
        }
    }
}
