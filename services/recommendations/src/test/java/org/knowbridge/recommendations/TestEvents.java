package org.knowbridge.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.EventSchemas;

/**
 * Publishes the events other services would publish (firm-profiles' firm events, partner-graph's graph
 * events) to the real Kafka, each checked against its schema first, and reads what this service publishes.
 */
public final class TestEvents {

    public static final String FIRMS = Topic.FIRMS.topicName();
    public static final String COLLABORATIONS = Topic.COLLABORATIONS.topicName();
    public static final String RECOMMENDATIONS = Topic.RECOMMENDATIONS.topicName();

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** A firm as firm-profiles announces it after registration. */
    public static ObjectNode firm(String firmId, String country, List<String> sought, List<String> targets, String onboardedBy,
            String externalId) {
        return firm(firmId, country, sought, targets, List.of(), onboardedBy, externalId);
    }

    public static ObjectNode firm(String firmId, String country, List<String> sought, List<String> targets,
            List<String> preferredKinds, String onboardedBy, String externalId) {
        ObjectNode data = JSON.createObjectNode()
                .put("firmId", firmId).put("legalName", "Test firm " + firmId).put("country", country)
                .put("sector", "C26.1").put("sizeClass", "SMALL").put("status", "PUBLISHED");
        data.putArray("knowledgeAreasOffered");
        sought.forEach(data.putArray("knowledgeAreasSought")::add);
        targets.forEach(data.putArray("targetCountries")::add);
        preferredKinds.forEach(data.putArray("preferredPartnerKinds")::add);
        data.putArray("preferredChannels");
        data.put("listed", true).put("onboardedBy", onboardedBy).put("externalId", externalId);
        return data;
    }

    public static void publishFirm(String type, ObjectNode data) {
        publish(FIRMS, "firm-profiles", type, data.path("firmId").asText(), data, null);
    }

    public static ObjectNode collaboration(String key, String firstKey, String firstKind, String secondKey, String secondKind,
            String channel, int startYear) {
        ObjectNode data = JSON.createObjectNode().put("key", key).put("channel", channel).put("startYear", startYear)
                .putNull("endYear").put("outcome", "UNKNOWN").put("source", "AGENCY");
        data.putArray("parties")
                .add(JSON.createObjectNode().put("organisationKey", firstKey).put("partnerKind", firstKind))
                .add(JSON.createObjectNode().put("organisationKey", secondKey).put("partnerKind", secondKind));
        return data;
    }

    public static void publishGraphEvent(String type, String subject, ObjectNode data) {
        publish(COLLABORATIONS, "partner-graph", type, subject, data, null);
    }

    /** A graph event as partner-graph's relay sends it for a traced change: with the trace in a traceparent header. */
    public static void publishGraphEvent(String type, String subject, ObjectNode data, String traceparent) {
        publish(COLLABORATIONS, "partner-graph", type, subject, data, traceparent);
    }

    private static void publish(String topic, String service, String type, String subject, JsonNode data, String traceparent) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/knowbridge/" + service).put("type", "org.knowbridge." + type)
                .put("subject", subject).put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", "/api-specs/events/" + type + ".schema.json");
        event.set("data", data);
        assertEquals(Set.of(), EventSchemas.violations(event), "the test's own " + type + " event follows its schema");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientProperties(), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, event.toString());
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type, e);
        }
    }

    /** Reads a topic from its current end: what is published after this is opened. */
    public static final class Reader implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;

        public Reader(String topic) {
            consumer = new KafkaConsumer<>(clientProperties(), new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            ends.forEach(consumer::seek);
        }

        /** The first event matching, waiting up to the timeout; fails the test when none came. */
        public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
            try {
                return JSON.readTree(awaitRecord(wanted, timeout).value());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The first record whose event matches, waiting up to the timeout; fails the test when none came. */
        public ConsumerRecord<String, String> awaitRecord(Predicate<JsonNode> wanted, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            List<String> seen = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        JsonNode event = JSON.readTree(record.value());
                        if (wanted.test(event)) {
                            return record;
                        }
                        seen.add(event.path("type").asText() + " " + event.path("subject").asText());
                    } catch (java.io.IOException e) {
                        seen.add("not JSON");
                    }
                }
            }
            throw new AssertionError("No matching event within " + timeout + "; saw " + seen);
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Waits until the condition holds, failing the test with the message otherwise. */
    public static void eventually(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
        assertTrue(condition.getAsBoolean());
    }

    private static Properties clientProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put("auto.offset.reset", "earliest");
        properties.put("enable.auto.commit", "false");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
    }
}
