package org.knowbridge.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Listens to a topic as a partner integration would: no consumer group, every partition, from the moment it
 * is opened. Keeps every CloudEvent it has read, so a test can also say what never arrived.
 */
final class KafkaTap implements AutoCloseable {

    static final String RECOMMENDATIONS = "knowbridge.recommendations.v1";
    static final String FIRMS = "knowbridge.firms.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    private KafkaTap(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("knowbridge.kafka", "127.0.0.1:9092"),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the positions now, so that events published after this line are all read.
        partitions.forEach(consumer::position);
    }

    static KafkaTap open(String topic) {
        return new KafkaTap(topic);
    }

    /** The first event read so far or within the timeout that matches; fails the test when none does. */
    JsonNode await(String what, Predicate<JsonNode> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int checked = 0;
        while (true) {
            for (; checked < seen.size(); checked++) {
                if (match.test(seen.get(checked))) {
                    return seen.get(checked);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No event within " + timeout.toSeconds() + " s: " + what + "; read " + seen.size()
                        + " events: " + seen.stream().map(KafkaTap::summary).toList());
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                decode(record.value()).ifPresent(seen::add);
            }
        }
    }

    /** Every event read so far. */
    List<JsonNode> seen() {
        return List.copyOf(seen);
    }

    private static String summary(JsonNode event) {
        return event.path("type").asText() + " " + event.path("subject").asText() + " " + event.path("data").toString();
    }

    private static Optional<JsonNode> decode(String value) {
        try {
            return Optional.of(JSON.readTree(value));
        } catch (IOException e) {
            // Not a CloudEvent in JSON: not ours to judge here.
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
