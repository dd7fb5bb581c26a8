package org.knowbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.knowbridge.contracts.event.Topic;

/**
 * The tests' view of a Kafka topic, as a partner integration would read it: no consumer group, every partition,
 * from the moment the probe is opened. Keeps every record it read, so a test can also say what never arrived
 * or arrived twice. {@link #write} puts a record on a topic as another service would.
 */
public final class KafkaProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record as read; {@code event} is its value as JSON (missing when the value is no JSON). */
    public record Received(
            String key, int partition, long offset, long timestamp, Headers headers, String value, JsonNode event) {

        /** The event's short type, e.g. {@code FirmRegistered}. */
        public String type() {
            return event.path("type").asText().replace("org.knowbridge.", "");
        }

        /** The trace the record continues (its {@code traceparent} header), null when none. */
        public String traceId() {
            return TraceParents.traceId(headers);
        }

        /** A header's value as text, null when the record has none. */
        public String header(String name) {
            Header header = headers.lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }

        private String summary() {
            return type() + " " + key() + " " + event.path("data");
        }
    }

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    private KafkaProbe(String topic) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        "false"),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the positions now, so that every record written after this line is read.
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
    }

    /** Reads {@code topic} from its current end. */
    public static KafkaProbe fromEnd(Topic topic) {
        return new KafkaProbe(topic.topicName());
    }

    /** The first record read so far or within the timeout that matches; fails the test when none does. */
    public Received await(String what, Predicate<Received> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int checked = 0;
        while (true) {
            for (; checked < received.size(); checked++) {
                if (match.test(received.get(checked))) {
                    return received.get(checked);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No record on " + topic + " within " + timeout.toSeconds() + " s: " + what
                        + "; read " + received.size() + ": "
                        + received.stream().map(Received::summary).toList());
            }
            poll();
        }
    }

    /** The first event (record value as JSON) read so far or within the timeout that matches; fails the test when none does. */
    public JsonNode awaitEvent(String what, Predicate<JsonNode> match, Duration timeout) {
        return await(what, received -> match.test(received.event()), timeout).event();
    }

    /**
     * The records that match, in arrival order, once {@code done} holds for them or the wait ran out (a bound on
     * the wait, not an assertion: the caller checks what arrived).
     */
    public List<Received> awaitAll(Predicate<Received> match, Predicate<List<Received>> done, Duration maxWait) {
        Instant deadline = Instant.now().plus(maxWait);
        while (!done.test(matching(match)) && Instant.now().isBefore(deadline)) {
            poll();
        }
        return matching(match);
    }

    /** Reads whatever arrives within the duration (to catch late duplicates); the records read so far that match. */
    public List<Received> readFor(Duration duration, Predicate<Received> match) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            poll();
        }
        return matching(match);
    }

    /** Records keyed by one of these keys (aggregate ids). */
    public static Predicate<Received> keyIn(Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return received -> wanted.contains(received.key());
    }

    /** Every record read so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    private List<Received> matching(Predicate<Received> match) {
        return received.stream().filter(match).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            received.add(new Received(
                    record.key(),
                    record.partition(),
                    record.offset(),
                    record.timestamp(),
                    record.headers(),
                    record.value(),
                    json(record.value())));
        }
    }

    private static JsonNode json(String value) {
        try {
            return value == null ? MissingNode.getInstance() : JSON.readTree(value);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * Writes one record as a service would, waiting for Kafka's acknowledgement.
     *
     * @param traceparent the W3C trace context the record carries in its {@code traceparent} header, or null
     */
    public static void write(Topic topic, String key, String value, String traceparent) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic.topicName(), key, value);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted writing to " + topic.topicName(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take a record for " + topic.topicName(), e);
        }
    }

    /** The broker of the stack the tests run against. */
    private static String bootstrapServers() {
        String configured = System.getProperty("knowbridge.kafka", System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        return configured == null || configured.isBlank() ? "127.0.0.1:9092" : configured;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
