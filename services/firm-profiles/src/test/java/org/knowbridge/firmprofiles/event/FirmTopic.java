package org.knowbridge.firmprofiles.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.TraceParents;

/**
 * Reads {@code knowbridge.firms.v1} from the moment it is opened, as a consumer would, and checks each
 * event against its JSON Schema under {@code api-specs/events/}.
 */
public final class FirmTopic implements AutoCloseable {

    public static final String TOPIC = Topic.FIRMS.topicName();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record as received: its key, partition, the event, and the trace it continues (null when none). */
    public record Received(String key, int partition, JsonNode event, String traceId) {
        public String type() {
            return event.path("type").asText().replace("org.knowbridge.", "");
        }

        public String firmId() {
            return event.path("subject").asText();
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    public FirmTopic() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("knowbridge.kafka", "127.0.0.1:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "firm-profiles-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end offsets now: later events, and only those, are read.
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
    }

    /**
     * Polls until {@code done} holds for the events of the given firms, or the wait runs out (a bound on the
     * wait, not an assertion on speed); the events of those firms in arrival order.
     */
    public List<Received> await(Collection<String> firmIds, Predicate<List<Received>> done, Duration maxWait) {
        Set<String> wanted = Set.copyOf(firmIds);
        Instant deadline = Instant.now().plus(maxWait);
        while (!done.test(of(wanted)) && Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(500));
        }
        return of(wanted);
    }

    /** Reads whatever else arrives within the duration, to catch late duplicates. */
    public List<Received> drain(Collection<String> firmIds, Duration duration) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(500));
        }
        return of(Set.copyOf(firmIds));
    }

    private List<Received> of(Set<String> firmIds) {
        return received.stream().filter(r -> firmIds.contains(r.key())).toList();
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            try {
                received.add(new Received(record.key(), record.partition(), JSON.readTree(record.value()),
                        TraceParents.traceId(record.headers())));
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON on " + TOPIC + ": " + record.value(), e);
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
