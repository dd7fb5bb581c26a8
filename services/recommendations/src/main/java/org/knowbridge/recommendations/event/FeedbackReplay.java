package org.knowbridge.recommendations.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.knowbridge.common.event.CloudEvent;
import org.knowbridge.common.event.CloudEventCodec;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.repository.FeedbackStore;

/**
 * Rebuilds the feedback store from the whole topic at start-up, then keeps reading it, so every instance
 * knows the feedback given through any instance. It reads without a consumer group: each instance needs
 * every event, and its position is never committed because the store is rebuilt from the start.
 */
@ApplicationScoped
public class FeedbackReplay {

    private static final Logger LOG = Logger.getLogger(FeedbackReplay.class);

    private final RecommendationTopic topic;
    private final FeedbackStore store;
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private Thread reader;

    public FeedbackReplay(RecommendationTopic topic, FeedbackStore store) {
        this.topic = topic;
        this.store = store;
    }

    /** True once every event that was in the topic at start-up has been applied. */
    public boolean caughtUp() {
        return caughtUp;
    }

    void onStart(@Observes StartupEvent event) {
        reader = Thread.ofPlatform().daemon().name("feedback-replay").start(this::readForever);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (reader != null) {
            reader.join(Duration.ofSeconds(5));
        }
    }

    private void readForever() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> endAtStart = consumer.endOffsets(partitions);
                while (running) {
                    consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
                    if (!caughtUp && endAtStart.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                        caughtUp = true;
                        LOG.infof("Feedback replayed from %s", topic.name());
                    }
                }
            } catch (KafkaException e) {
                // The broker is away: start over from the beginning once it is back; applying twice is harmless.
                LOG.warnf("Reading %s failed (%s); retrying", topic.name(), e.getMessage());
                pause();
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            CloudEvent<JsonNode> event = CloudEventCodec.decode(record.value());
            if (RecommendationTopic.FEEDBACK_GIVEN.equals(event.shortType())) {
                store.apply(CloudEventCodec.data(event, Feedback.class));
            }
        } catch (IllegalArgumentException e) {
            // One bad record must not stop the service from learning every other firm's feedback.
            LOG.errorf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private Properties consumerProperties() {
        Properties properties = topic.clientProperties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
