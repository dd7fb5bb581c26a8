package org.knowbridge.recommendations.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.RecommendationFeedbackGiven;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.recommendations.domain.Feedback;

/**
 * Publishes feedback as {@code RecommendationFeedbackGiven} and waits for Kafka's acknowledgement: the
 * event log is where feedback is stored, so a caller is only told "saved" once every replica has it.
 */
@ApplicationScoped
public class FeedbackPublisher {

    private static final Logger LOG = Logger.getLogger(FeedbackPublisher.class);
    private static final long ACK_TIMEOUT_SECONDS = 15;

    private final RecommendationTopic topic;
    private final KafkaProducer<String, String> producer;

    public FeedbackPublisher(RecommendationTopic topic) {
        this.topic = topic;
        this.producer = topic.producer(Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ACK_TIMEOUT_SECONDS - 1),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000));
    }

    /** Returns once Kafka acknowledged; answers 503 when it cannot, and then nothing was stored. */
    public void publish(Feedback feedback) {
        RecommendationFeedbackGiven data = new RecommendationFeedbackGiven(feedback.firmId(), feedback.partnerId(),
                feedback.verdict().name(), feedback.reason() == null ? null : feedback.reason().name(), feedback.comment(),
                feedback.givenBy(), feedback.givenAt());
        CloudEvent<RecommendationFeedbackGiven> event = CloudEvent.of("recommendations",
                EventType.RecommendationFeedbackGiven.name(), feedback.firmId(), data);
        try {
            // A failure is reported by the future too.
            topic.send(producer, event, error -> { }).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf(e, "Feedback of firm %s on %s was not stored", feedback.firmId(), feedback.partnerId());
            throw new ProblemException(ProblemType.UNAVAILABLE, "Feedback could not be stored now; nothing was saved, please retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, "Interrupted while storing feedback; nothing was saved");
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
